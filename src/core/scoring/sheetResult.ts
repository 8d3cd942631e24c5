import type { Entry, ScoreSheet } from '../domain/workspace'
import type { Grade, Rubric } from '../domain/rubric'
import { allIndicators, gradeForTotal, levelCoefficient, worseGrade } from '../rubric/indicators'
import { round } from '../util/round'

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
 * Grade: the band of the total, then capped by key items (review-kinds.md): any ★ indicator at D
 * caps the grade at C; three or more ★ at D give D.
 */
export function sheetResult(rubric: Rubric, sheet: Pick<ScoreSheet, 'entries'>): SheetResult {
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
  const totalRounded = round(total, 2)
  const band = gradeForTotal(rubric.gradeBands, totalRounded)
  let grade = band.grade
  let gradeCapReason: string | undefined
  if (keyAtD.length >= 3) {
    grade = 'D'
    gradeCapReason = `${keyAtD.length} 项关键指标（★）评为 D，等次定为不合格`
  } else if (keyAtD.length > 0) {
    const capped = worseGrade(grade, 'C')
    if (capped !== grade) gradeCapReason = `关键指标（★）${keyAtD.join('、')} 评为 D，等次最高为合格`
    grade = capped
  }
  const gradeLabel = rubric.gradeBands.find((b) => b.grade === grade)?.label ?? grade
  return {
    total: totalRounded,
    max: rubric.total,
    scoredCount: scored,
    indicatorCount: indicators.length,
    complete: scored === indicators.length,
    grade,
    gradeLabel,
    gradeCapReason,
    keyAtD,
    dimensions: [...dims.values()].map((d) => ({ ...d, points: round(d.points, 2) })),
    indicators: scores,
  }
}
