import type { Entry, ScoreSheet } from '../domain/workspace'
import type { Grade, Rubric } from '../domain/rubric'
import { allIndicators, gradeForTotal, levelCoefficient } from '../rubric/indicators'
import { capByKeyItems } from './keyItemCap'
import { round } from '../util/round'
import { thresholdScore } from './outcome'

export interface IndicatorScore {
  code: string
  points: number | null
}

export interface DimensionScore {
  code: string
  name: string
  max: number
  points: number
}

export interface SheetResult {
  /** weighted total of the scored indicators, two decimals */
  total: number
  max: number
  scoredCount: number
  indicatorCount: number
  complete: boolean
  grade: Grade
  gradeLabel: string
  /** why the grade is lower than the total's band, if it is */
  gradeCapReason?: string
  keyAtD: string[]
  /** 加分项 points after the cap (included in total) */
  bonus: number
  /** the total without 加分项 (基本分) */
  base: number
  /** what the grade is read from: base, or total when the rubric lets the bonus count (outcome.ts) */
  thresholdTotal: number
  /** eligibility codes not yet answered, and those answered 'fail' */
  eligibilityPending: string[]
  eligibilityFailed: string[]
  /** veto codes this expert flagged */
  vetoFlags: string[]
  /** set when this sheet alone means 不予评定 (a failed eligibility check) */
  notRated?: string
  dimensions: DimensionScore[]
  indicators: IndicatorScore[]
}

/**
 * Points of one entry: coefficient × indicator points for a level; free points clamped to
 * [0, indicator points] for a points scale; null when not yet scored.
 */
export function entryPoints(rubric: Rubric, indicatorPoints: number, entry: Entry | undefined): number | null {
  if (!entry) return null
  if (entry.level) return round(levelCoefficient(rubric, entry.level) * indicatorPoints, 4)
  if (entry.points !== undefined) return Math.min(Math.max(entry.points, 0), indicatorPoints)
  return null
}

/**
 * Scores one sheet against its rubric.
 * Grade: the band of the threshold total (without 加分项 unless the rubric lets them count, see
 * outcome.ts), then capped by key items (docs/domain/review-kinds.md): any ★ indicator at D
 * caps the grade at C; three or more ★ at D give D. 加分项 are added after their cap. A failed
 * eligibility check marks the sheet 不予评定 (notRated); vetoes are only flagged here, because a veto
 * stands only when ≥ 2/3 of the panel confirm it (see panelVeto).
 */
export function sheetResult(
  rubric: Rubric,
  sheet: Pick<ScoreSheet, 'entries'> & Partial<Pick<ScoreSheet, 'eligibility' | 'vetoFlags' | 'bonus'>>,
): SheetResult {
  const indicators = allIndicators(rubric)
  const scores: IndicatorScore[] = []
  const keyAtD: string[] = []
  let total = 0
  let scored = 0
  const dims = new Map<string, DimensionScore>(
    rubric.dimensions.map((d) => [d.code, { code: d.code, name: d.name, max: d.points, points: 0 }]),
  )
  for (const ind of indicators) {
    const entry = sheet.entries[ind.code]
    const p = entryPoints(rubric, ind.points, entry)
    scores.push({ code: ind.code, points: p })
    if (p === null) continue
    scored += 1
    total += p
    dims.get(ind.dimensionCode)!.points += p
    if (ind.key && entry?.level === 'D') keyAtD.push(ind.code)
  }
  const bonusRaw = (rubric.bonus?.items ?? []).reduce((acc, b) => acc + Math.min(Math.max(sheet.bonus?.[b.code] ?? 0, 0), b.points), 0)
  const bonus = round(Math.min(bonusRaw, rubric.bonus?.cap ?? 0), 2)
  total += bonus
  const eligibilityPending = rubric.eligibility.filter((e) => !sheet.eligibility?.[e.code]).map((e) => e.code)
  const eligibilityFailed = rubric.eligibility.filter((e) => sheet.eligibility?.[e.code] === 'fail').map((e) => e.code)
  const vetoFlags = rubric.vetoes.filter((v) => sheet.vetoFlags?.[v.code]).map((v) => v.code)
  const totalRounded = round(total, 2)
  const base = round(total - bonus, 2)
  const thresholdTotal = thresholdScore(rubric, { total: totalRounded, base })
  const band = gradeForTotal(rubric.gradeBands, thresholdTotal)
  const { grade, reason: gradeCapReason } = capByKeyItems(band.grade, keyAtD)
  const gradeLabel = rubric.gradeBands.find((b) => b.grade === grade)?.label ?? grade
  return {
    total: totalRounded,
    max: rubric.total + (rubric.bonus?.cap ?? 0),
    scoredCount: scored,
    indicatorCount: indicators.length,
    complete: scored === indicators.length && eligibilityPending.length === 0,
    grade,
    gradeLabel,
    gradeCapReason,
    keyAtD,
    bonus,
    base,
    thresholdTotal,
    eligibilityPending,
    eligibilityFailed,
    vetoFlags,
    notRated: eligibilityFailed.length ? `资格条件 ${eligibilityFailed.join('、')} 不符合，不予评定` : undefined,
    dimensions: [...dims.values()].map((d) => ({ ...d, points: round(d.points, 2) })),
    indicators: scores,
  }
}
