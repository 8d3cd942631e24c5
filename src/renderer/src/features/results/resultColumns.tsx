import type { ReactNode } from 'react'
import type { ResultRow } from '../../../../core/api/outputs'
import { subjectName } from '../../../../core/domain/submissionLabel'
import { points2 } from '../../lib/format'
import { PanelScores, SubmittedCell } from './PanelScores'
import { AwardCell, GradeCell, VetoCell } from './ResultCells'
import { CellTag } from './CellTag'
import { RESULTS_STRINGS as S } from './strings'

/** What decides which columns a campaign shows (from the core's outcome and the rubric). */
export interface ResultColumnContext {
  /** a diagnosis: a profile, no rank, no award (core/scoring/outcome.ts) */
  profile: boolean
  /** the rubric names 奖项等级 */
  awards: boolean
  /** the rubric has 一票否决 items (or a row carries a tally) */
  vetoes: boolean
}

/**
 * One column of 结果与评定. The table is built from RESULT_COLUMNS, so a feature adds a column by
 * adding one entry (statistics, flags, decisions: issue 14 "keep it fast as features add columns").
 * Keep `render` cheap: it runs for every row scrolled into view; give a hint as a `data-tip`
 * attribute, which the grid shows on hover (GridTip.tsx), not as a tooltip component per cell. A cell taller than its row's height (gridLayout.ts rowHeight)
 * is clipped: a column whose content can grow adds its lines there.
 */
export interface ResultColumn {
  key: string
  title: ReactNode | ((ctx: ResultColumnContext) => ReactNode)
  width: number
  align?: 'right'
  fixed?: 'left' | 'right'
  /** takes the room the other columns leave beyond its width (one column: 各专家评分) */
  grows?: boolean
  className?: string
  /** makes the column sortable (the order is kept in the view, resultsView.ts sortRows) */
  sorter?: (a: ResultRow, b: ResultRow) => number
  /** shown only when this holds (default: always) */
  when?: (ctx: ResultColumnContext) => boolean
  render: (row: ResultRow) => ReactNode
}

function RuleApplied({ row }: { row: ResultRow }) {
  const testId = `applied-${row.submission.id}`
  if (row.rule === 'trimmedMean' && row.applied === 'mean') {
    return (
      <span className="dotted" data-testid={testId} data-fell-back="true" data-tip={S.fellBackWhy(row.submittedCount)}>
        {S.fellBack}
      </span>
    )
  }
  const { highest, lowest } = row.dropped
  const label = S.ruleName[row.applied]
  if (row.ruleNote) {
    return (
      <span className="dotted" data-testid={testId} data-rule-note={row.ruleNote} data-tip={row.ruleNote}>
        {label}
      </span>
    )
  }
  if (highest === undefined || lowest === undefined) return <span data-testid={testId}>{label}</span>
  return (
    <span className="dotted" data-testid={testId} data-tip={S.dropped(points2(highest), points2(lowest))}>
      {label}
    </span>
  )
}

/** The result, with 暂定 n/m while not every panel member has submitted. */
function ResultValue({ row }: { row: ResultRow }) {
  const value = <span data-testid={`result-${row.submission.id}`}>{points2(row.result)}</span>
  if (!row.provisional || row.result === null) return value
  return (
    <span data-tip={S.provisionalWhy(row.submittedCount, row.experts.length)}>
      {value}
      <CellTag color="orange" className="provisional-tag" data-testid={`provisional-${row.submission.id}`}>
        {S.provisional(row.submittedCount, row.experts.length)}
      </CellTag>
    </span>
  )
}

function RankCell({ row }: { row: ResultRow }) {
  const testId = `rank-${row.submission.id}`
  if (row.provisional && row.result !== null) {
    return (
      <span className="muted" data-testid={testId} data-tip={S.notRankedWhy}>
        —
      </span>
    )
  }
  return <span data-testid={testId}>{row.rank ?? '—'}</span>
}

export const RESULT_COLUMNS: ResultColumn[] = [
  {
    key: 'submission',
    title: S.submission,
    fixed: 'left',
    width: 210,
    // two lines whatever the length (the grid's row height counts on it, gridLayout.ts); the full text on hover
    render: (r) => {
      const name = subjectName(r.submission)
      return (
        <>
          <div className="rg-line" title={name}>
            {name}
          </div>
          <div className="rg-line muted" title={r.submission.school}>
            {r.submission.school}
          </div>
        </>
      )
    },
  },
  {
    key: 'group',
    title: S.group,
    width: 110,
    render: (r) => (
      <div className="rg-clamp2" title={r.groupName}>
        {r.groupName}
      </div>
    ),
  },
  // each row's own panel: panels differ per submission once drawn (issue 9 item 2)
  { key: 'experts', title: S.expertScores, width: 440, grows: true, render: (r) => <PanelScores row={r} /> },
  { key: 'submitted', title: S.submitted, width: 60, align: 'right', className: 'num', render: (r) => <SubmittedCell row={r} /> },
  { key: 'applied', title: S.applied, width: 80, render: (r) => <RuleApplied row={r} /> },
  {
    key: 'vetoes',
    title: (c) => (c.profile ? S.redLines : S.vetoes),
    width: 200,
    when: (c) => c.vetoes,
    render: (r) => <VetoCell row={r} />,
  },
  {
    key: 'result',
    title: S.result,
    fixed: 'right',
    width: 150,
    align: 'right',
    className: 'num result-cell',
    sorter: (a, b) => (a.result ?? -1) - (b.result ?? -1),
    render: (r) => <ResultValue row={r} />,
  },
  { key: 'grade', title: S.grade, fixed: 'right', width: 88, render: (r) => <GradeCell row={r} /> },
  { key: 'award', title: S.award, fixed: 'right', width: 120, when: (c) => c.awards, render: (r) => <AwardCell row={r} /> },
  {
    key: 'rank',
    title: S.rank,
    fixed: 'right',
    width: 64,
    align: 'right',
    className: 'num',
    when: (c) => !c.profile,
    sorter: (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity),
    render: (r) => <RankCell row={r} />,
  },
]

/** The columns this campaign shows, in order, with their titles for it. */
export function columnsFor(ctx: ResultColumnContext): Array<ResultColumn & { title: ReactNode }> {
  return RESULT_COLUMNS.filter((c) => c.when?.(ctx) ?? true).map((c) => ({ ...c, title: typeof c.title === 'function' ? c.title(ctx) : c.title }))
}
