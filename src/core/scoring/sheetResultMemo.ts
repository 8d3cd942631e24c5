import type { Rubric } from '../domain/rubric'
import type { ScoreSheet } from '../domain/workspace'
import { deepFreeze, type DeepReadonly } from '../storage/readonly'
import { sheetResult, type SheetResult } from './sheetResult'

type Sheet = Parameters<typeof sheetResult>[1]

/**
 * What is kept of a stored sheet's result: all but the per-indicator scores. The summary and the
 * lists read totals, counts and dimensions; keeping 30 indicator scores for each of 7,000 sheets made
 * the memo ~210,000 objects, which every garbage collection during a results summary had to copy
 * (pauses of 20–50 ms while a large workspace opened, issue 14). A screen that shows the indicators
 * scores its one sheet with `sheetResult`.
 */
export type StoredSheetResult = Omit<SheetResult, 'indicators'>

/** per stored sheet: the rubric it was scored against and the result (collected with the sheet) */
const memo = new WeakMap<object, { rubric: Rubric; result: StoredSheetResult }>()

/**
 * `sheetResult` of a sheet handed out by storage, computed once per stored version of the sheet.
 * Scoring a sheet costs ~30 µs (mostly rounding, util/round.ts); a results summary of 1,000
 * submissions × 7 experts scores 7,000 sheets, ~250 ms on each refresh (issue 14). Storage hands out
 * frozen sheets and replaces a sheet's object on every save (shard.ts), so a frozen sheet's identity
 * names its content; the rubric's identity too (a frozen campaign's rubric). Anything not frozen is
 * scored afresh, so a caller cannot get a stale result from this by mutating its input.
 * The result is shared between callers, so it is frozen (a change through it throws).
 */
export function storedSheetResult(rubric: Rubric, sheet: Sheet | DeepReadonly<ScoreSheet>): StoredSheetResult {
  const s = sheet as Sheet
  if (!Object.isFrozen(s) || !Object.isFrozen(rubric)) return withoutIndicators(sheetResult(rubric, s))
  const hit = memo.get(s)
  if (hit && hit.rubric === rubric) return hit.result
  const result = deepFreeze(withoutIndicators(sheetResult(rubric, s)))
  memo.set(s, { rubric, result })
  return result
}

function withoutIndicators({ indicators: _dropped, ...kept }: SheetResult): StoredSheetResult {
  return kept
}
