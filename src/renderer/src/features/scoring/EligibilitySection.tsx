import { Card, Radio } from 'antd'
import type { EligibilityItem, Rubric } from '../../../../core/domain/rubric'
import { scoringSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { SCORING_STRINGS as S } from './strings'

function EligibilityRow({ item }: { item: EligibilityItem }) {
  const value = useWorkbench(scoringSelectors.eligibilityOf(item.code))
  const submitted = useWorkbench(scoringSelectors.submitted)
  const { setEligibility } = useActions()
  const run = useRun()
  return (
    <div className="check-row" data-testid={`eligibility-${item.code}`}>
      <span className="indicator-code">{item.code}</span>
      <span className="check-text">{item.text}</span>
      <Radio.Group
        size="small"
        optionType="button"
        buttonStyle="solid"
        className={value === 'fail' ? 'eligibility-failed' : undefined}
        value={value}
        disabled={submitted}
        onChange={(e) => void run(() => setEligibility(item.code, e.target.value as 'pass' | 'fail'))}
        options={[
          { value: 'pass', label: <span data-testid={`eligibility-${item.code}-pass`}>{S.pass}</span> },
          { value: 'fail', label: <span data-testid={`eligibility-${item.code}-fail`}>{S.fail}</span> },
        ]}
      />
    </div>
  )
}

/** 资格条件: pass/fail items checked before scoring; one fail means 不予评定. */
export function EligibilitySection({ rubric }: { rubric: Rubric }) {
  if (!rubric.eligibility.length) return null
  return (
    <Card size="small" className="dimension-section" title={S.eligibilityTitle} data-testid="eligibility">
      <div className="section-hint muted">{S.eligibilityHint}</div>
      {rubric.eligibility.map((item) => (
        <EligibilityRow key={item.code} item={item} />
      ))}
    </Card>
  )
}
