import { Tooltip, Typography } from 'antd'
import type { ResultRow } from '../../../../core/api/outputs'
import { points2, signed2 } from '../../lib/format'
import { RESULTS_STRINGS as S } from './strings'

type Cell = ResultRow['experts'][number]

/** One expert's total in the results table: red with a tooltip when it deviates more than 15 points. */
export function ExpertScoreCell({ cell, testId }: { cell: Cell | undefined; testId: string }) {
  if (!cell || cell.status === 'empty' || cell.total === null) {
    return (
      <Tooltip title={S.notStarted}>
        <span className="muted" data-testid={testId}>
          —
        </span>
      </Tooltip>
    )
  }
  if (cell.status === 'draft') {
    return (
      <Tooltip title={S.draft}>
        <Typography.Text type="secondary" italic data-testid={testId} data-status="draft">
          ({points2(cell.total)})
        </Typography.Text>
      </Tooltip>
    )
  }
  if (cell.flagged && cell.deviation !== null) {
    return (
      <Tooltip title={S.deviation(signed2(cell.deviation))}>
        <Typography.Text type="danger" strong data-testid={testId} data-flagged="true">
          {points2(cell.total)}
        </Typography.Text>
      </Tooltip>
    )
  }
  return <span data-testid={testId}>{points2(cell.total)}</span>
}
