import type { ResultRow } from '../../../../core/api/outputs'
import { points2, signed2 } from '../../lib/format'
import { HoverTip } from '../../lib/HoverTip'
import { RESULTS_STRINGS as S } from './strings'

type Cell = ResultRow['experts'][number]

/**
 * One expert's total in the results table: red with a tooltip when it deviates more than 15 points.
 * Plain spans (results.css) rather than antd Typography: seven of these per row (issue 14).
 */
export function ExpertScoreCell({ cell, testId }: { cell: Cell | undefined; testId: string }) {
  if (!cell || cell.status === 'empty' || cell.total === null) {
    return (
      <HoverTip title={S.notStarted}>
        <span className="muted" data-testid={testId}>
          —
        </span>
      </HoverTip>
    )
  }
  if (cell.status === 'draft') {
    return (
      <HoverTip title={S.draft}>
        <span className="score-draft" data-testid={testId} data-status="draft">
          ({points2(cell.total)})
        </span>
      </HoverTip>
    )
  }
  if (cell.flagged && cell.deviation !== null) {
    return (
      <HoverTip title={S.deviation(signed2(cell.deviation))}>
        <span className="score-flagged" data-testid={testId} data-flagged="true">
          {points2(cell.total)}
        </span>
      </HoverTip>
    )
  }
  return <span data-testid={testId}>{points2(cell.total)}</span>
}
