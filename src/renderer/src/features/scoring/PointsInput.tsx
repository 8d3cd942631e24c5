import { useEffect, useState } from 'react'
import { InputNumber } from 'antd'
import { SCORING_STRINGS as S } from './strings'

/**
 * Free points in [0, max], two decimals: saved on Enter or when leaving the box, and only when
 * changed; shows the saved value again after the core answered.
 */
export function PointsInput(props: { value: number | null; max: number; disabled: boolean; onCommit: (n: number | null) => void; testId: string }) {
  const { value, max, disabled, onCommit, testId } = props
  const [draft, setDraft] = useState<number | null>(value)
  useEffect(() => setDraft(value), [value])
  const commit = () => {
    if (draft !== value) onCommit(draft)
  }
  return (
    <InputNumber<number>
      size="small"
      className="points-input"
      data-testid={testId}
      min={0}
      max={max}
      step={0.5}
      precision={2}
      value={draft}
      disabled={disabled}
      placeholder={S.pointsPlaceholder}
      onChange={(v) => setDraft(v ?? null)}
      onBlur={commit}
      onPressEnter={commit}
    />
  )
}
