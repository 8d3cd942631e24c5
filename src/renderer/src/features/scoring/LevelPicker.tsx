import { Radio, Tooltip } from 'antd'
import { LEVELS, type Indicator, type Level, type Rubric } from '../../../../core/domain/rubric'
import { points2 } from '../../lib/format'
import { SCORING_STRINGS as S } from './strings'

/** A/B/C/D for one indicator; each button's tooltip shows that level's descriptor and points. */
export function LevelPicker(props: {
  rubric: Rubric
  indicator: Indicator
  value: Level | null
  disabled: boolean
  onChange: (level: Level) => void
}) {
  const { rubric, indicator, value, disabled, onChange } = props
  return (
    <Radio.Group
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as Level)}
      optionType="button"
      buttonStyle="solid"
      size="small"
      className="level-picker"
      aria-label={indicator.name}
    >
      {LEVELS.map((level) => {
        const def = rubric.levels.find((l) => l.level === level)!
        return (
          <Tooltip
            key={level}
            mouseEnterDelay={0.4}
            title={
              <div className="level-tooltip">
                <strong>{S.levelTooltip(level, def.label, def.coefficient, points2(def.coefficient * indicator.points))}</strong>
                <div>{indicator.descriptors[level]}</div>
              </div>
            }
          >
            <Radio.Button value={level}>
              {/* the test id sits on the visible face: antd would put it on the hidden <input> */}
              <span data-testid={`level-${indicator.code}-${level}`}>{level}</span>
            </Radio.Button>
          </Tooltip>
        )
      })}
    </Radio.Group>
  )
}
