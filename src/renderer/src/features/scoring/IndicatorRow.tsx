import type { Indicator, Level, Rubric } from '../../../../core/domain/rubric'
import { scoringSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { IndicatorRowView } from './IndicatorRowView'
import { levelForKey, focusRow } from './keyboard'

/** One 二级指标 of the open sheet: the shared row view, fed and saved through the store, keyboard-first. */
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
    <IndicatorRowView
      rubric={rubric}
      indicator={indicator}
      level={level}
      freePoints={freePoints}
      points={points}
      disabled={submitted}
      onLevel={choose}
      onPoints={(n) => void run(() => setPoints(indicator.code, n))}
      testIds={{ row: `indicator-${indicator.code}`, pointsInput: `free-points-${indicator.code}`, score: `points-${indicator.code}`, descriptor: `descriptor-${indicator.code}` }}
      rowIndex={rowIndex}
      onKeyDown={onKeyDown}
    />
  )
}
