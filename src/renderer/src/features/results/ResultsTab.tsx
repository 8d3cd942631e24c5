import { useEffect, useMemo } from 'react'
import { Alert, Button, Space, Table, Tag, Tooltip } from 'antd'
import { ReloadOutlined } from '@ant-design/icons'
import type { ColumnsType } from 'antd/es/table'
import type { ResultRow } from '../../../../core/api/outputs'
import { campaignsSelectors, resultsSelectors, useActions, useWorkbench } from '../../stores'
import { points2 } from '../../lib/format'
import { subjectName } from '../../../../core/domain/submissionLabel'
import { PanelScores, SubmittedCell } from './PanelScores'
import { AwardCell, GradeCell, VetoCell } from './ResultCells'
import { RESULTS_STRINGS as S } from './strings'
import { ResultsEmptyNote } from './ResultsEmptyNote'
import { ResultsFilters } from './ResultsFilters'
import { filterRows } from './resultsView'
import { useResultsView } from './useResultsView'

/**
 * From this many rows the table is virtualised (only the rows in view are rendered): a 会评 scrolls,
 * sorts and filters one long list of every submission with its rank, which pages would cut apart.
 * Below it the plain table keeps every row on the page (and its E2E tests as they are).
 */
const VIRTUAL_FROM = 60

function tableWidth(columns: ColumnsType<ResultRow>): number {
  return columns.reduce(
    (sum, c) => sum + ('children' in c && c.children ? tableWidth(c.children) : typeof c.width === 'number' ? c.width : 0),
    0,
  )
}

function RuleApplied({ row }: { row: ResultRow }) {
  if (row.rule === 'trimmedMean' && row.applied === 'mean') {
    return (
      <Tooltip title={S.fellBackWhy(row.submittedCount)}>
        <span className="dotted" data-testid={`applied-${row.submission.id}`} data-fell-back="true">
          {S.fellBack}
        </span>
      </Tooltip>
    )
  }
  const { highest, lowest } = row.dropped
  const label = S.ruleName[row.applied]
  if (row.ruleNote) {
    return (
      <Tooltip title={row.ruleNote}>
        <span className="dotted" data-testid={`applied-${row.submission.id}`} data-rule-note={row.ruleNote}>
          {label}
        </span>
      </Tooltip>
    )
  }
  if (highest === undefined || lowest === undefined) return <span data-testid={`applied-${row.submission.id}`}>{label}</span>
  return (
    <Tooltip title={S.dropped(points2(highest), points2(lowest))}>
      <span className="dotted" data-testid={`applied-${row.submission.id}`}>
        {label}
      </span>
    </Tooltip>
  )
}

/** The result, with 暂定 n/m while not every panel member has submitted. */
function ResultValue({ row }: { row: ResultRow }) {
  const value = <span data-testid={`result-${row.submission.id}`}>{points2(row.result)}</span>
  if (!row.provisional || row.result === null) return value
  return (
    <Tooltip title={S.provisionalWhy(row.submittedCount, row.experts.length)}>
      {value}
      <Tag color="orange" className="provisional-tag" data-testid={`provisional-${row.submission.id}`}>
        {S.provisional(row.submittedCount, row.experts.length)}
      </Tag>
    </Tooltip>
  )
}

/** 结果与评定: each expert's total, the rule applied, the result, grade and rank. */
export function ResultsTab() {
  const summary = useWorkbench(resultsSelectors.summary)
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const loading = useWorkbench(resultsSelectors.loading)
  const { loadSummary } = useActions()
  useEffect(() => {
    void loadSummary().catch(() => undefined)
  }, [loadSummary])

  const [view, setView] = useResultsView(campaign?.id)
  const all = summary?.rows
  const rows = useMemo(() => filterRows(all ?? [], view), [all, view])
  const flagged = summary?.rows.reduce((n, r) => n + r.experts.filter((e) => e.flagged).length, 0) ?? 0
  const notRated = summary?.rows.filter((r) => r.notRated).length ?? 0
  // what a result is comes from the core (outcome.ts): a diagnosis has neither rank nor award
  const profile = summary?.rows[0]?.outcome === 'profile' || campaign?.kind === 'diagnostic'
  // award kinds name an 奖项等级; kinds with vetoes show their tallies
  const awards = !profile && !!campaign?.rubric.awardLevels.length
  const vetoes = !!campaign?.rubric.vetoes.length || !!summary?.rows.some((r) => r.vetoes.length)
  const sort = view.sort
  // memoised: a filter or a refresh does not rebuild the columns
  const columns = useMemo<ColumnsType<ResultRow>>(
    () => [
      {
        title: S.submission,
        fixed: 'left',
        width: 210,
        render: (_, r) => (
          <div>
            <div>{subjectName(r.submission)}</div>
            <div className="muted">{r.submission.school}</div>
          </div>
        ),
      },
      { title: S.group, width: 110, render: (_, r) => r.groupName },
      // each row's own panel: panels differ per submission once drawn (issue 9 item 2)
      { title: S.expertScores, width: 360, render: (_, r) => <PanelScores row={r} /> },
      { title: S.submitted, width: 60, align: 'right', className: 'num', render: (_, r) => <SubmittedCell row={r} /> },
      { title: S.applied, width: 80, render: (_, r) => <RuleApplied row={r} /> },
      ...(vetoes ? [{ title: profile ? S.redLines : S.vetoes, width: 180, render: (_: unknown, r: ResultRow) => <VetoCell row={r} /> }] : []),
      {
        title: S.result,
        fixed: 'right',
        width: 150,
        align: 'right',
        className: 'num result-cell',
        key: 'result',
        sorter: (a, b) => (a.result ?? -1) - (b.result ?? -1),
        sortOrder: sort?.key === 'result' ? sort.order : null,
        render: (_, r) => <ResultValue row={r} />,
      },
      {
        title: S.grade,
        fixed: 'right',
        width: 88,
        render: (_, r) => <GradeCell row={r} />,
      },
      ...(awards ? [{ title: S.award, fixed: 'right' as const, width: 120, render: (_: unknown, r: ResultRow) => <AwardCell row={r} /> }] : []),
      ...(profile
        ? []
        : [
            {
              title: S.rank,
              fixed: 'right' as const,
              width: 64,
              align: 'right' as const,
              className: 'num',
              key: 'rank',
              sorter: (a: ResultRow, b: ResultRow) => (a.rank ?? Infinity) - (b.rank ?? Infinity),
              sortOrder: sort?.key === 'rank' ? sort.order : null,
              render: (_: unknown, r: ResultRow) =>
                r.provisional && r.result !== null ? (
                  <Tooltip title={S.notRankedWhy}>
                    <span className="muted" data-testid={`rank-${r.submission.id}`}>—</span>
                  </Tooltip>
                ) : (
                  <span data-testid={`rank-${r.submission.id}`}>{r.rank ?? '—'}</span>
                ),
            },
          ]),
    ],
    [vetoes, awards, profile, sort],
  )
  const width = useMemo(() => tableWidth(columns), [columns])
  const virtual = (all?.length ?? 0) >= VIRTUAL_FROM

  return (
    <Space orientation="vertical" size={12} className="full-width" data-testid="results">
      <div className="page-title-row">
        <Alert type="info" showIcon title={`${S.rule}：${summary?.ruleText ?? ''}`} data-testid="rule-text" className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void loadSummary()} loading={loading}>
          {S.refresh}
        </Button>
      </div>
      <ResultsEmptyNote summary={summary} expertCount={campaign?.expertIds.length ?? 0} />
      {profile && <Alert type="info" showIcon title={S.notRanked} data-testid="not-ranked" />}
      {flagged > 0 && <Alert type="error" showIcon title={S.flaggedCount(flagged)} />}
      {!!summary?.provisionalCount && <Alert type="info" showIcon title={S.provisionalCount(summary.provisionalCount)} data-testid="provisional-count" />}
      {notRated > 0 && <Alert type="warning" showIcon title={S.notRatedCount(notRated)} data-testid="not-rated-count" />}
      <ResultsFilters rows={all ?? []} view={view} shown={rows.length} onChange={setView} />
      <Table<ResultRow>
        data-testid="results-table"
        size="small"
        bordered
        sticky={!virtual}
        virtual={virtual}
        rowKey={(r) => r.submission.id}
        loading={loading && !summary}
        dataSource={rows as ResultRow[]}
        columns={columns}
        // the sum of the column widths: the table stretches to the page and scrolls only when wider;
        // a virtual table needs a fixed body height: the window's height less the page's header and filters
        scroll={virtual ? { x: width, y: Math.max(320, window.innerHeight - 330) } : { x: width }}
        pagination={false}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter
          const key = s?.columnKey
          setView({ sort: s?.order && (key === 'result' || key === 'rank') ? { key, order: s.order } : null })
        }}
        locale={{ emptyText: all?.length ? S.noMatch : S.empty }}
        onRow={(r) => ({ 'data-testid': `result-row-${r.submission.id}` }) as React.HTMLAttributes<HTMLElement>}
      />
    </Space>
  )
}
