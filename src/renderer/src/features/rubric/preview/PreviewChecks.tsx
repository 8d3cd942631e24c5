import { Card, Checkbox, Radio } from 'antd'
import type { Bonus, Rubric } from '../../../../../core/domain/rubric'
import { points2 } from '../../../lib/format'
import { PointsInput } from '../../scoring/PointsInput'
import { SCORING_STRINGS as SS } from '../../scoring/strings'

/** 资格条件 as the expert answers them (符合 / 不符合), here only for the trial. */
export function PreviewEligibility(props: { rubric: Rubric; values: Record<string, 'pass' | 'fail'>; onChange: (code: string, v: 'pass' | 'fail') => void }) {
  const { rubric, values, onChange } = props
  if (!rubric.eligibility.length) return null
  return (
    <Card size="small" className="dimension-section" title={SS.eligibilityTitle}>
      <div className="section-hint muted">{SS.eligibilityHint}</div>
      {rubric.eligibility.map((item) => (
        <div className="check-row" key={item.code}>
          <span className="indicator-code">{item.code}</span>
          <span className="check-text">{item.text}</span>
          <Radio.Group
            size="small"
            optionType="button"
            buttonStyle="solid"
            className={values[item.code] === 'fail' ? 'eligibility-failed' : undefined}
            value={values[item.code] ?? null}
            onChange={(e) => onChange(item.code, e.target.value as 'pass' | 'fail')}
            options={[
              { value: 'pass', label: SS.pass },
              { value: 'fail', label: SS.fail },
            ]}
          />
        </div>
      ))}
    </Card>
  )
}

/** 一票否决项 as listed on the expert's form (raising one needs evidence; not tried here). */
export function PreviewVetoes({ rubric }: { rubric: Rubric }) {
  if (!rubric.vetoes.length) return null
  return (
    <Card size="small" className="dimension-section" title={SS.vetoTitle}>
      <div className="section-hint muted">{SS.vetoHint}</div>
      {rubric.vetoes.map((item) => (
        <div className="check-row veto-row" key={item.code}>
          <span className="indicator-code">{item.code}</span>
          <span className="check-text">{item.text}</span>
          <Checkbox disabled>{SS.raiseVeto}</Checkbox>
        </div>
      ))}
    </Card>
  )
}

/** 加分项 with their cap, as on the expert's form. */
export function PreviewBonus(props: { bonus: Bonus | undefined; values: Record<string, number>; total: number; onChange: (code: string, v: number | null) => void }) {
  const { bonus, values, total, onChange } = props
  if (!bonus?.items.length) return null
  return (
    <Card
      size="small"
      className="dimension-section"
      title={SS.bonusTitle(bonus.cap)}
      extra={<span className="num">{SS.subtotal(points2(total), bonus.cap)}</span>}
    >
      {bonus.items.map((item) => (
        <div className="check-row" key={item.code}>
          <span className="indicator-code">{item.code}</span>
          <span className="check-text">
            {item.name}
            {item.evidence && <div className="muted small">{item.evidence}</div>}
          </span>
          <span className="muted small">{SS.bonusMax(item.points)}</span>
          <PointsInput value={values[item.code] ?? null} max={item.points} disabled={false} testId={`preview-bonus-${item.code}`} onCommit={(n) => onChange(item.code, n)} />
        </div>
      ))}
    </Card>
  )
}
