import { Tooltip, Typography } from 'antd'
import type { Indicator, Level, Rubric } from '../../../../../core/domain/rubric'
import { points2 } from '../../../lib/format'
import { LevelPicker } from '../../scoring/LevelPicker'
import { PointsInput } from '../../scoring/PointsInput'
import { SCORING_STRINGS as SS } from '../../scoring/strings'

/**
 * One 二级指标 laid out as the scoring form's IndicatorRow lays it out (same classes, the same
 * LevelPicker and PointsInput), but fed by the preview's own trial scores instead of the store's
 * open sheet — IndicatorRow reads and writes the real sheet.
 */
export function PreviewIndicatorRow(props: {
  rubric: Rubric
  indicator: Indicator
  level: Level | null
  freePoints: number | null
  points: number | null
  onLevel: (level: Level) => void
  onPoints: (points: number | null) => void
}) {
  const { rubric, indicator, level, freePoints, points, onLevel, onPoints } = props
  return (
    <div className="indicator-row" data-testid={`preview-indicator-${indicator.code}`}>
      <span className="indicator-code">{indicator.code}</span>
      <span className="indicator-name">
        <Tooltip
          placement="topLeft"
          mouseEnterDelay={0.4}
          title={
            indicator.observationPoints.length ? (
              <div className="level-tooltip">
                <strong>{SS.observationPoints}</strong>
                {indicator.observationPoints.map((o, i) => (
                  <div key={i}>· {o.text}</div>
                ))}
              </div>
            ) : null
          }
        >
          <span>{indicator.name}</span>
        </Tooltip>
        {indicator.key && (
          <Tooltip title={SS.keyTooltip}>
            <span className="key-star" aria-label={SS.keyTooltip}>
              {SS.keyMark}
            </span>
          </Tooltip>
        )}
      </span>
      <span className="indicator-points muted">{SS.points(indicator.points)}</span>
      {indicator.scale === 'points' ? (
        <span className="level-picker">
          <PointsInput value={freePoints} max={indicator.points} disabled={false} testId={`preview-points-input-${indicator.code}`} onCommit={onPoints} />
        </span>
      ) : (
        <LevelPicker rubric={rubric} indicator={indicator} value={level} disabled={false} onChange={onLevel} />
      )}
      <span className="indicator-score num" data-testid={`preview-points-${indicator.code}`}>
        {points2(points)}
      </span>
      {level && (
        <Typography.Text type="secondary" className="indicator-descriptor">
          {`${level}：${indicator.descriptors[level] ?? ''}`}
        </Typography.Text>
      )}
    </div>
  )
}
