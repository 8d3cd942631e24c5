import type { Indicator, Level, Rubric } from '../../../../../core/domain/rubric'
import { IndicatorRowView } from '../../scoring/IndicatorRowView'

/** One 二级指标 in the preview: the scoring form's own row view, fed by the preview's trial scores. */
export function PreviewIndicatorRow(props: {
  rubric: Rubric
  indicator: Indicator
  level: Level | null
  freePoints: number | null
  points: number | null
  onLevel: (level: Level) => void
  onPoints: (points: number | null) => void
}) {
  const { indicator, onLevel } = props
  return (
    <IndicatorRowView
      {...props}
      disabled={false}
      onLevel={(l) => {
        if (l) onLevel(l)
      }}
      testIds={{ row: `preview-indicator-${indicator.code}`, pointsInput: `preview-points-input-${indicator.code}`, score: `preview-points-${indicator.code}` }}
    />
  )
}
