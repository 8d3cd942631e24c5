import { Tooltip, Typography } from 'antd'
import type { Indicator, Level, Rubric } from '../../../../core/domain/rubric'
import { scoringSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { points2 } from '../../lib/format'
import { LevelPicker } from './LevelPicker'
import { PointsInput } from './PointsInput'
import { levelForKey, focusRow } from './keyboard'
import { SCORING_STRINGS as S } from './strings'

/** One 二级指标: code, name (★), points, A–D, computed points, and the chosen level's descriptor. */
export function IndicatorRow({ rubric, indicator, rowIndex }: { rubric: Rubric; indicator: Indicator; rowIndex: number }) {
  const level = useWorkbench(scoringSelectors.levelOf(indicator.code))
  const points = useWorkbench(scoringSelectors.pointsOf(indicator.code))
  const freePoints = useWorkbench(scoringSelectors.freePointsOf(indicator.code))
  const submitted = useWorkbench(scoringSelectors.submitted)
  const { setLevel, setPoints } = useActions()
  const byPoints = indicator.scale === 'points'
  const run = useRun()
  const choose = (l: Level | null) => void run(() => setLevel(indicator.code, l))

  function onKeyDown(e: React.KeyboardEvent) {
    if (submitted || byPoints || e.altKey || e.ctrlKey || e.metaKey) return
    const picked = levelForKey(e.key)
    if (picked === undefined) return
    e.preventDefault()
    if (picked !== level) choose(picked)
    if (picked) focusRow(rowIndex + 1)
  }

  return (
    <div
      className="indicator-row"
      data-row-index={rowIndex}
      data-testid={`indicator-${indicator.code}`}
      onKeyDown={onKeyDown}
    >
      <span className="indicator-code">{indicator.code}</span>
      <span className="indicator-name">
        <Tooltip
          placement="topLeft"
          mouseEnterDelay={0.4}
          title={
            indicator.observationPoints.length ? (
              <div className="level-tooltip">
                <strong>{S.observationPoints}</strong>
                {indicator.observationPoints.map((o) => (
                  <div key={o.text}>· {o.text}</div>
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
      {byPoints ? (
        <span className="level-picker">
          <PointsInput
            value={freePoints}
            max={indicator.points}
            disabled={submitted}
            testId={`free-points-${indicator.code}`}
            onCommit={(n) => void run(() => setPoints(indicator.code, n))}
          />
        </span>
      ) : (
        <LevelPicker rubric={rubric} indicator={indicator} value={level} disabled={submitted} onChange={choose} />
      )}
      <span className="indicator-score num" data-testid={`points-${indicator.code}`}>
        {points2(points)}
      </span>
      {level && (
        <Typography.Text type="secondary" className="indicator-descriptor" data-testid={`descriptor-${indicator.code}`}>
          {`${level}：${indicator.descriptors[level] ?? ''}`}
        </Typography.Text>
      )}
    </div>
  )
}
