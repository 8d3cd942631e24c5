import { diagnosticTemplate } from '../../../src/core/rubric/templates/diagnostic'
import type { Level } from '../../../src/core/domain/rubric'

/** The template's 24 indicators in reading order, with their points. */
export const INDICATORS = diagnosticTemplate.dimensions.flatMap((d) => d.indicators.map((i) => ({ code: i.code as string, points: i.points, key: i.key })))

const COEF: Record<Level, number> = { A: 1, B: 0.8, C: 0.6, D: 0.3 }

/**
 * The weighted total a plan of levels must give, worked out here by hand (points × coefficient,
 * summed, two decimals) rather than with the core's sheetResult, so the UI is checked against arithmetic.
 */
export function expectedTotal(plan: Record<string, Level>): string {
  const hundredths = INDICATORS.reduce((sum, i) => sum + Math.round(i.points * COEF[plan[i.code]!] * 100), 0)
  return (hundredths / 100).toFixed(2)
}
