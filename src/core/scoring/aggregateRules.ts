import { LEVELS, type Level } from '../domain/rubric'
import { mean, standardDeviation, trimmedMean, TRIM_MIN_COUNT } from '../calibration/describe'
import { round } from '../util/round'

/**
 * The campaign's aggregation rules (issue 12) as pure functions, each with the Chinese sentence that
 * states it beside every result and in every document. `aggregate.ts` keeps the mean and trimmed mean
 * that results.summary uses today; this file adds z-normalisation and the ★ panel level.
 */
export type PanelAggregationRule = 'mean' | 'trimmedMean' | 'zNormalised'

export const AGGREGATION_RULE_TEXT: Record<PanelAggregationRule, string> = {
  mean: '取专家组全部评分的算术平均，保留两位小数。',
  trimmedMean: `专家组有 ${TRIM_MIN_COUNT} 名及以上专家评分时，去掉一个最高分和一个最低分后取平均；不足 ${TRIM_MIN_COUNT} 名时取算术平均；保留两位小数。`,
  zNormalised:
    '先将每位专家的总分在其评过的全部申报中标准化（减去该专家的平均分，除以其标准差），再按本次活动全部总分的平均分和标准差换算回百分制，最后取专家组的算术平均，保留两位小数。',
}

export const PANEL_LEVEL_RULE_TEXT = '关键指标（★）的专家组等级取各位专家所评等级的中位数；中位数落在两个等级之间时取较低的等级。'

export interface RuleResult {
  rule: PanelAggregationRule
  value: number | null
  /** the rule as applied to this result, e.g. the trimmed mean falling back to the mean */
  note: string | null
}

/** 取算术平均: the panel's mean total, two decimals; null for no totals. */
export function meanRule(totals: readonly number[]): RuleResult {
  const m = mean(totals)
  return { rule: 'mean', value: m === null ? null : round(m, 2), note: null }
}

/** 去掉一个最高分和一个最低分后取平均 with ≥ 5 totals; the plain mean otherwise, and the note says so. */
export function trimmedMeanRule(totals: readonly number[]): RuleResult {
  const t = trimmedMean(totals)
  return { rule: 'trimmedMean', value: t.value === null ? null : round(t.value, 2), note: t.note }
}

/** One expert's totals over every sheet they scored in the campaign. */
export interface ExpertTotals {
  expertId: string
  totals: readonly number[]
}

export interface ZNormaliser {
  /** the campaign's scale: mean and sample SD of all totals of all experts */
  scaleMean: number
  scaleSd: number
  /** per expert: own mean and sample SD, or null when they cannot be standardised */
  experts: Record<string, { mean: number; sd: number } | null>
}

/**
 * Fits z-normalisation: each expert's mean and sample SD (n − 1) over all sheets they scored, and the
 * campaign scale (mean and sample SD of every total). An expert with fewer than 2 sheets or with all
 * totals equal cannot be standardised (null): their totals are used as given, and the result says so.
 * Null when the campaign has fewer than 2 totals or no spread.
 */
export function fitZNormaliser(all: readonly ExpertTotals[]): ZNormaliser | null {
  const every = all.flatMap((e) => e.totals)
  const sd = standardDeviation(every, 'sample').value
  if (sd === null || sd === 0) return null
  const experts: ZNormaliser['experts'] = {}
  for (const e of all) {
    const s = standardDeviation(e.totals, 'sample').value
    experts[e.expertId] = s === null || s === 0 ? null : { mean: mean(e.totals)!, sd: s }
  }
  return { scaleMean: mean(every)!, scaleSd: sd, experts }
}

/** x' = M + S·(x − x̄_e)/s_e: one expert's total on the campaign's scale; x itself when they cannot be standardised. */
export function zNormalisedTotal(n: ZNormaliser, expertId: string, total: number): number {
  const e = n.experts[expertId]
  return e ? n.scaleMean + (n.scaleSd * (total - e.mean)) / e.sd : total
}

/**
 * 标准化后平均: the mean of the panel's z-normalised totals, two decimals. Without a normaliser (too
 * few totals in the campaign) falls back to the plain mean and says so.
 */
export function zNormalisedRule(n: ZNormaliser | null, panel: ReadonlyArray<{ expertId: string; total: number }>): RuleResult {
  if (!n) return { ...meanRule(panel.map((p) => p.total)), rule: 'zNormalised', note: '本次活动的总分不足 2 个或全部相同，无法标准化，取算术平均。' }
  const raw = panel.filter((p) => !n.experts[p.expertId]).map((p) => p.expertId)
  const m = mean(panel.map((p) => zNormalisedTotal(n, p.expertId, p.total)))
  return {
    rule: 'zNormalised',
    value: m === null ? null : round(m, 2),
    note: raw.length ? `专家 ${raw.join('、')} 的评分不足 2 份或总分全部相同，无法标准化，按原始总分计入。` : null,
  }
}

/** Levels from lowest to highest: D, C, B, A. */
const ASCENDING: readonly Level[] = [...LEVELS].reverse()

/**
 * ★ panel level: the median of the experts' levels for one indicator; when the median falls between
 * two levels (an even count split in the middle) the lower level (docs/domain/review-kinds.md). That is the lower
 * median: the ⌊(n − 1)/2⌋-th of the levels sorted from D up. Null for no levels.
 */
export function panelLevel(levels: readonly Level[]): Level | null {
  if (levels.length === 0) return null
  const sorted = [...levels].sort((a, b) => ASCENDING.indexOf(a) - ASCENDING.indexOf(b))
  return sorted[Math.floor((sorted.length - 1) / 2)]!
}

export interface PanelKeyLevels {
  /** ★ indicator code → the panel level (null: no expert scored it by level) */
  levels: Record<string, Level | null>
  /** ★ indicators whose panel level is D */
  keyAtD: string[]
}

/**
 * The panel levels of a rubric's ★ indicators from the experts' sheets (entries with a level; free
 * points have no level and are not counted). The ★ caps then apply to `keyAtD` through
 * capByKeyItems, exactly as on one sheet.
 */
export function panelKeyLevels(
  keyCodes: readonly string[],
  sheets: ReadonlyArray<{ entries: Readonly<Record<string, { level?: Level } | undefined>> }>,
): PanelKeyLevels {
  const levels: Record<string, Level | null> = {}
  for (const code of keyCodes) {
    levels[code] = panelLevel(sheets.map((s) => s.entries[code]?.level).filter((l): l is Level => l !== undefined))
  }
  return { levels, keyAtD: keyCodes.filter((c) => levels[c] === 'D') }
}
