import type { Grade, GradeBand, Indicator, Level, Rubric } from '../domain/rubric'

type FlatIndicator = Indicator & { dimensionCode: string; dimensionName: string }
const flatCache = new WeakMap<Rubric, readonly FlatIndicator[]>()

/**
 * Every 二级指标 of a rubric in reading order, with its 一级指标. Cached per rubric object (the
 * results screen scores thousands of sheets against one rubric; bench: 7,000 sheets 700 → 170 ms).
 * Rubrics are replaced, never mutated in place, once stored; callers must not mutate the result.
 */
export function allIndicators(rubric: Rubric): readonly FlatIndicator[] {
  let flat = flatCache.get(rubric)
  if (!flat) {
    flat = rubric.dimensions.flatMap((d) => d.indicators.map((i) => ({ ...i, dimensionCode: d.code, dimensionName: d.name })))
    flatCache.set(rubric, flat)
  }
  return flat
}

export function findIndicator(rubric: Rubric, code: string): Indicator | undefined {
  for (const d of rubric.dimensions) {
    const hit = d.indicators.find((i) => i.code === code)
    if (hit) return hit
  }
  return undefined
}

export function levelCoefficient(rubric: Rubric, level: Level): number {
  const def = rubric.levels.find((l) => l.level === level)
  if (!def) throw new Error(`rubric ${rubric.id} has no level ${level}`)
  return def.coefficient
}

/**
 * The grade band a total falls in: the band with the highest `min` not above the total.
 * Bands are read in any order; a total below every band gets the lowest band.
 */
export function gradeForTotal(bands: readonly GradeBand[], total: number): GradeBand {
  const sorted = [...bands].sort((a, b) => b.min - a.min)
  return sorted.find((b) => total >= b.min) ?? sorted[sorted.length - 1]!
}

export const GRADE_ORDER: Record<Grade, number> = { A: 0, B: 1, C: 2, D: 3 }

/** The worse (lower) of two grades. */
export function worseGrade(a: Grade, b: Grade): Grade {
  return GRADE_ORDER[a] >= GRADE_ORDER[b] ? a : b
}
