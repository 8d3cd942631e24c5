import { CellTag } from './CellTag'
import type { ResultRow } from '../../../../core/api/outputs'
import { RESULTS_STRINGS as S } from './strings'

/** 等次 (a diagnosis: 需专项整改 with the red line on hover), or 不予评定 (with its reason on hover) when a veto stood or eligibility failed. */
export function GradeCell({ row }: { row: ResultRow }) {
  const id = row.submission.id
  if (row.notRated) {
    return (
      <CellTag color="red" data-testid={`not-rated-${id}`} data-reason={row.notRated} data-tip={row.notRated}>
        {S.notRated}
      </CellTag>
    )
  }
  if (row.redLine) {
    // a diagnosis: a confirmed red line gives D 需专项整改, and the profile stands
    return (
      <CellTag color="red" data-testid={`grade-${id}`} data-red-line={row.redLine} data-tip={row.redLine}>
        {row.gradeLabel}
      </CellTag>
    )
  }
  if (row.gradeLabel && row.gradeCap) {
    // ★ caps on the panel levels lowered the grade below the band of the result
    return (
      <CellTag color="orange" data-testid={`grade-${id}`} data-grade-cap={row.gradeCap} data-tip={row.gradeCap}>
        {row.gradeLabel}
      </CellTag>
    )
  }
  return row.gradeLabel ? <CellTag data-testid={`grade-${id}`}>{row.gradeLabel}</CellTag> : <>—</>
}

/** Each raised 一票否决 with its tally: "否决 V1 3/5，需 4 票", red once it stands. */
export function VetoCell({ row }: { row: ResultRow }) {
  if (!row.vetoes.length) return <span className="muted">—</span>
  return (
    <div className="rg-vetoes" data-testid={`vetoes-${row.submission.id}`}>
      {row.vetoes.map((v) => (
        <CellTag
          key={v.code}
          color={v.confirmed ? 'red' : 'orange'}
          data-testid={`veto-${row.submission.id}-${v.code}`}
          data-confirmed={v.confirmed}
          data-tip={`${v.text}${v.confirmed ? S.vetoStands : S.vetoOpen}`}
        >
          {S.vetoTally(v.code, v.count, row.experts.length, v.needed)}
        </CellTag>
      ))}
    </div>
  )
}

/** 奖项等级 reached by the result ("（待票决）" when it needs a vote); — when none. */
export function AwardCell({ row }: { row: ResultRow }) {
  if (row.notRated || !row.awardLevel) return <span className="muted">—</span>
  // the core marks a level that still needs the committee's vote with "（待票决）"
  return (
    <CellTag color={row.awardLevel.includes('待票决') ? 'gold' : 'blue'} data-testid={`award-${row.submission.id}`}>
      {row.awardLevel}
    </CellTag>
  )
}
