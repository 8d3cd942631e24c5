import type { Rubric } from '../domain/rubric'
import type { ScoreSheet } from '../domain/workspace'
import { allIndicators } from '../rubric/indicators'
import { entryPoints } from '../scoring/sheetResult'
import { mean } from '../scoring/aggregate'
import { round } from '../util/round'

/** The rule in words, stated beside every ranking that uses it. */
export const KEY_SUBTOTAL_RULE = '★小计：已提交评分的专家对关键指标（★）所评分数之和的算术平均，保留两位小数'

/**
 * The panel's ★ (key-item) subtotal, the first tie-breaker of the ranking (docs/domain/review-kinds.md):
 * each submitted sheet's points on the rubric's key indicators, summed, then the plain mean over the
 * sheets, two decimals. null without a submitted sheet. A rubric without ★ items gives 0 for every
 * entry, so ties go straight to the vote. `rubricOf` gives the rubric version a sheet was scored under.
 */
export function keySubtotal(sheets: readonly ScoreSheet[], rubricOf: (s: ScoreSheet) => Rubric): number | null {
  const sums = sheets.map((s) => {
    const rubric = rubricOf(s)
    return allIndicators(rubric)
      .filter((i) => i.key)
      .reduce((acc, i) => acc + (entryPoints(rubric, i.points, s.entries[i.code]) ?? 0), 0)
  })
  const m = mean(sums)
  return m === null ? null : round(m, 2)
}
