import type { ResultRow } from '../../../../core/api/outputs'
import { points2, signed2 } from '../../lib/format'
import { RESULTS_STRINGS as S } from './strings'

type Cell = ResultRow['experts'][number]

/**
 * One expert's total in the results table: red with a hint when it deviates more than 15 points.
 * Plain spans (results.css) rather than antd Typography, the hint a `data-tip` the grid shows on
 * hover (GridTip.tsx): seven of these per row (issue 14).
 */
export function ExpertScoreCell({ cell, testId }: { cell: Cell | undefined; testId: string }) {
  if (!cell || cell.status === 'empty' || cell.total === null) {
    return (
      <span className="muted" data-testid={testId} data-tip={S.notStarted}>
        —
      </span>
    )
  }
  if (cell.status === 'draft') {
    return (
      <span className="score-draft" data-testid={testId} data-status="draft" data-tip={S.draft}>
        ({points2(cell.total)})
      </span>
    )
  }
  if (cell.flagged && cell.deviation !== null) {
    return (
      <span className="score-flagged" data-testid={testId} data-flagged="true" data-tip={S.deviation(signed2(cell.deviation))}>
        {points2(cell.total)}
      </span>
    )
  }
  return <span data-testid={testId}>{points2(cell.total)}</span>
}
