import type { Grade, GradeBand, Indicator, Level, Rubric } from '../domain/rubric'

/** Every 二级指标 of a rubric in reading order, with its 一级指标. */
export function allIndicators(rubric: Rubric): Array<Indicator & { dimensionCode: string; dimensionName: string }> {
  return rubric.dimensions.flatMap((d) =>
    d.indicators.map((i) => ({ ...i, dimensionCode: d.code, dimensionName: d.name })),
  )
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
