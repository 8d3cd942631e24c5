import { Card, Typography } from 'antd'
import type { Bonus } from '../../../../core/domain/rubric'
import { scoringSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { points2 } from '../../lib/format'
import { PointsInput } from './PointsInput'
import { SCORING_STRINGS as S } from './strings'

function BonusRow({ item }: { item: Bonus['items'][number] }) {
  const value = useWorkbench(scoringSelectors.bonusOf(item.code))
  const submitted = useWorkbench(scoringSelectors.submitted)
  const { setBonus } = useActions()
  const run = useRun()
  return (
    <div className="check-row" data-testid={`bonus-${item.code}`}>
      <span className="indicator-code">{item.code}</span>
      <span className="check-text">
        {item.name}
        {item.evidence && <div className="muted small">{item.evidence}</div>}
      </span>
      <span className="muted small">{S.bonusMax(item.points)}</span>
      <PointsInput
        value={value}
        max={item.points}
        disabled={submitted}
        testId={`bonus-${item.code}-points`}
        onCommit={(n) => void run(() => setBonus(item.code, n))}
      />
    </div>
  )
}

/** 加分项: free points per item, the sum capped by the rubric (the core applies the cap). */
export function BonusSection({ bonus }: { bonus: Bonus | undefined }) {
  const total = useWorkbench((s) => scoringSelectors.sheetView(s)?.result.bonus ?? 0)
  if (!bonus?.items.length) return null
  return (
    <Card
      size="small"
      className="dimension-section"
      title={S.bonusTitle(bonus.cap)}
      data-testid="bonus"
      extra={
        <Typography.Text className="num" data-testid="bonus-total">
          {S.subtotal(points2(total), bonus.cap)}
        </Typography.Text>
      }
    >
      {bonus.items.map((item) => (
        <BonusRow key={item.code} item={item} />
      ))}
    </Card>
  )
}
