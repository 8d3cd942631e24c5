import { Progress, Space, Tag, Typography } from 'antd'
import { ExclamationCircleOutlined } from '@ant-design/icons'
import type { Grade } from '../../../../core/domain/rubric'
import { scoringSelectors, useWorkbench } from '../../stores'
import { cnDate, points2 } from '../../lib/format'
import { SubmitSheetButton } from './SubmitSheetButton'
import { SCORING_STRINGS as S } from './strings'
import { SIGN_STRINGS as SIGN } from './signStrings'

const GRADE_COLOR: Record<Grade, string> = { A: 'green', B: 'blue', C: 'gold', D: 'red' }

/** Sticky summary: total, grade (and why it is capped), progress, status and 提交. */
export function SheetSummaryBar() {
  const view = useWorkbench(scoringSelectors.sheetView)
  if (!view) return null
  const { result, sheet } = view
  return (
    <div className="sheet-summary" data-testid="sheet-summary">
      <Space size={28} align="center" wrap>
        <div>
          <div className="sheet-summary-label">{S.totalLabel}</div>
          <span className="sheet-total num" data-testid="sheet-total">
            {points2(result.total)}
          </span>
          <span className="sheet-total-max">{S.outOf(result.max)}</span>
          {result.bonus > 0 && <div className="muted small">{S.bonusInTotal(points2(result.bonus))}</div>}
        </div>
        <div>
          <div className="sheet-summary-label">{S.grade}</div>
          <Tag color={GRADE_COLOR[result.grade]} className="sheet-grade" data-testid="sheet-grade" data-grade={result.grade}>
            {result.gradeLabel}
          </Tag>
          {result.notRated ? (
            <Tag color="red" data-testid="sheet-not-rated">
              {S.notRated}
            </Tag>
          ) : null}
          {!result.complete && !result.notRated && (
            <Typography.Text type="secondary" className="sheet-provisional">
              {S.gradeProvisional}
            </Typography.Text>
          )}
        </div>
        <div className="sheet-summary-progress">
          <div className="sheet-summary-label">{S.scored}</div>
          <Progress
            size="small"
            percent={Math.round((result.scoredCount / result.indicatorCount) * 100)}
            format={() => (
              <span data-testid="sheet-scored">
                {result.scoredCount}/{result.indicatorCount}
              </span>
            )}
          />
        </div>
      </Space>
      <Space size={12} align="center">
        {sheet.status === 'submitted' ? (
          <>
            <Tag color="success" data-testid="sheet-status">
              {S.submitted}
            </Tag>
            <Typography.Text type="secondary">{S.submittedAt(cnDate(sheet.submittedAt))}</Typography.Text>
            {sheet.signature && (
              <Tag color="blue" data-testid="sheet-signed" data-fingerprint={sheet.signature.fingerprint}>
                {SIGN.signedBlock(sheet.signature.submittedVersion, sheet.signature.fingerprint)}
              </Tag>
            )}
          </>
        ) : (
          <>
            <Tag data-testid="sheet-status">{S.draft}</Tag>
            <SubmitSheetButton blocker={view.submitBlocker?.message ?? null} />
          </>
        )}
      </Space>
      {sheet.status !== 'submitted' && <div className="sheet-hint muted">{S.pickHint}</div>}
      {result.notRated && (
        <div className="sheet-cap-reason danger" data-testid="not-rated-reason">
          <ExclamationCircleOutlined /> {result.notRated}
        </div>
      )}
      {result.vetoFlags.length > 0 && (
        <div className="sheet-cap-reason danger" data-testid="veto-raised">
          <ExclamationCircleOutlined /> {S.vetoRaised(result.vetoFlags.length)}
        </div>
      )}
      {result.gradeCapReason && (
        <div className="sheet-cap-reason" data-testid="grade-cap-reason">
          <ExclamationCircleOutlined /> {result.gradeCapReason}
        </div>
      )}
    </div>
  )
}
