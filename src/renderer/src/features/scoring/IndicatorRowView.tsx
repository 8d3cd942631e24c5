import { Tooltip, Typography } from 'antd'
import type { Indicator, Level, Rubric } from '../../../../core/domain/rubric'
import { points2 } from '../../lib/format'
import { LevelPicker } from './LevelPicker'
import { PointsInput } from './PointsInput'
import { SCORING_STRINGS as S } from './strings'

export interface IndicatorRowTestIds {
  row: string
  pointsInput: string
  score: string
  descriptor?: string
}

/**
 * How one 二级指标 looks to an expert: code, name (★, observation points on hover), points, A–D or
 * free points, computed points, and the chosen level's descriptor. Pure presentation: the scoring
 * form feeds it the open sheet, the rubric editor's preview its trial scores — so the preview is
 * exactly what the expert sees.
 */
export function IndicatorRowView(props: {
  rubric: Rubric
  indicator: Indicator
  level: Level | null
  freePoints: number | null
  points: number | null
  disabled: boolean
  onLevel: (level: Level | null) => void
  onPoints: (points: number | null) => void
  testIds: IndicatorRowTestIds
  rowIndex?: number
  onKeyDown?: (e: React.KeyboardEvent) => void
}) {
  const { rubric, indicator, level, freePoints, points, disabled, onLevel, onPoints, testIds, rowIndex, onKeyDown } = props
  return (
    <div className="indicator-row" data-row-index={rowIndex} data-testid={testIds.row} onKeyDown={onKeyDown}>
      <span className="indicator-code">{indicator.code}</span>
      <span className="indicator-name">
        <Tooltip
          placement="topLeft"
          mouseEnterDelay={0.4}
          title={
            indicator.observationPoints.length ? (
              <div className="level-tooltip">
                <strong>{S.observationPoints}</strong>
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
          <Tooltip title={S.keyTooltip}>
            <span className="key-star" aria-label={S.keyTooltip}>
              {S.keyMark}
            </span>
          </Tooltip>
        )}
      </span>
      <span className="indicator-points muted">{S.points(indicator.points)}</span>
      {indicator.scale === 'points' ? (
        <span className="level-picker">
          <PointsInput value={freePoints} max={indicator.points} disabled={disabled} testId={testIds.pointsInput} onCommit={onPoints} />
        </span>
      ) : (
        <LevelPicker rubric={rubric} indicator={indicator} value={level} disabled={disabled} onChange={onLevel} />
      )}
      <span className="indicator-score num" data-testid={testIds.score}>
        {points2(points)}
      </span>
      {level && (
        <Typography.Text type="secondary" className="indicator-descriptor" data-testid={testIds.descriptor}>
          {`${level}：${indicator.descriptors[level] ?? ''}`}
        </Typography.Text>
      )}
    </div>
  )
}
