import type { AggregationRule } from '../domain/workspace'
import type { Grade, Level } from '../domain/rubric'
import { aggregate } from './aggregate'
import { AGGREGATION_RULE_TEXT, fitZNormaliser, PANEL_LEVEL_RULE_TEXT, panelKeyLevels, zNormalisedTotal, type ZNormaliser } from './aggregateRules'
import { capByKeyItems } from './keyItemCap'
import { round } from '../util/round'
import { TRIM_MIN_COUNT } from '../calibration/describe'

/** One submitted sheet of a panel, as the campaign's rule reads it. */
export interface PanelSheet {
  expertId: string
  total: number
  /** the total without 加分项 (thresholds read it unless the rubric lets bonus count) */
  base: number
}

export interface PanelAggregate {
  rule: AggregationRule
  /** the rule actually applied: trimmedMean falls back to mean below 5 sheets */
  applied: AggregationRule
  value: number | null
  /** the same rule on the totals without 加分项 */
  baseValue: number | null
  dropped: { highest?: number; lowest?: number }
  /** each expert's total on the scale the result is on (z-normalised totals under that rule) */
  scaled: Record<string, number>
  /** how the rule was applied to this result when it differs from its plain statement */
  note: string | null
}

/**
 * The campaign's declared rule on one panel (issue 12): 算术平均, 去掉一个最高分和一个最低分 (≥ 5 sheets,
 * otherwise the mean and a note), or the mean of z-normalised totals (`normaliser` fitted on the whole
 * campaign by campaignNormaliser). Two decimals.
 */
export function panelAggregate(rule: AggregationRule, sheets: readonly PanelSheet[], normaliser: ZNormaliser | null = null): PanelAggregate {
  if (rule === 'zNormalised') {
    const scaled = Object.fromEntries(sheets.map((s) => [s.expertId, normaliser ? zNormalisedTotal(normaliser, s.expertId, s.total) : s.total]))
    const baseScaled = sheets.map((s) => (normaliser ? zNormalisedTotal(normaliser, s.expertId, s.base) : s.base))
    const value = aggregate('mean', Object.values(scaled)).value
    const raw = normaliser ? sheets.filter((s) => !normaliser.experts[s.expertId]).map((s) => s.expertId) : []
    const note = sheets.length === 0 ? null : !normaliser
      ? '本次活动的总分不足 2 个或全部相同，无法标准化，取算术平均。'
      : raw.length ? `专家 ${raw.join('、')} 的评分不足 2 份或总分全部相同，无法标准化，按原始总分计入。` : null
    return { rule, applied: normaliser ? 'zNormalised' : 'mean', value, baseValue: aggregate('mean', baseScaled).value, dropped: {}, scaled, note }
  }
  const totals = sheets.map((s) => s.total)
  const agg = aggregate(rule, totals)
  const note = rule === 'trimmedMean' && agg.applied === 'mean' && sheets.length > 0
    ? `仅 ${sheets.length} 名专家提交评分，不足 ${TRIM_MIN_COUNT} 名，不去掉最高分和最低分，取算术平均。`
    : null
  return {
    rule,
    applied: agg.applied,
    value: agg.value,
    baseValue: aggregate(rule, sheets.map((s) => s.base)).value,
    dropped: agg.dropped,
    scaled: Object.fromEntries(sheets.map((s) => [s.expertId, s.total])),
    note,
  }
}

/**
 * z-normalisation is fitted over every submitted sheet of the campaign (anchors and 不予评定 rows left
 * out by the caller): each expert's totals over all the submissions they scored.
 */
export function campaignNormaliser(sheets: ReadonlyArray<{ expertId: string; total: number }>): ZNormaliser | null {
  const by = new Map<string, number[]>()
  for (const s of sheets) by.set(s.expertId, [...(by.get(s.expertId) ?? []), s.total])
  return fitZNormaliser([...by.entries()].map(([expertId, totals]) => ({ expertId, totals })))
}

/** The sentence stating the rule beside every result and in every document; the ★ rule when the rubric has ★ items. */
export function ruleStatement(rule: AggregationRule, hasKeyItems: boolean): string {
  return hasKeyItems ? `${AGGREGATION_RULE_TEXT[rule]}${PANEL_LEVEL_RULE_TEXT}` : AGGREGATION_RULE_TEXT[rule]
}

export interface PanelGrade {
  grade: Grade
  /** why the grade is lower than the band of the result (★ panel levels at D) */
  capReason: string | null
  /** ★ indicator code → the panel's level (median of the experts' levels, a tie to the lower) */
  keyLevels: Record<string, Level | null>
}

/** The ★ caps applied to the panel levels of the key indicators (not to any single expert's sheet). */
export function panelGrade(
  bandGrade: Grade,
  keyCodes: readonly string[],
  sheets: ReadonlyArray<{ entries: Readonly<Record<string, { level?: Level } | undefined>> }>,
): PanelGrade {
  const { levels, keyAtD } = panelKeyLevels(keyCodes, sheets)
  const capped = capByKeyItems(bandGrade, keyAtD)
  return { grade: capped.grade, capReason: capped.reason ?? null, keyLevels: levels }
}

/** Deviation of one expert from the result, on the result's scale; two decimals. */
export function deviationFrom(result: number, scaledTotal: number): number {
  return round(scaledTotal - result, 2)
}
