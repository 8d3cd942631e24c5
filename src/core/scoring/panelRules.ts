import type { AwardLevel, Rubric } from '../domain/rubric'
import type { ScoreSheet } from '../domain/workspace'

export interface VetoTally {
  code: string
  text: string
  /** experts who flagged it in a submitted sheet */
  count: number
  /** confirmations needed: ⌈2/3 × panel size⌉ */
  needed: number
  confirmed: boolean
}

/** ⌈2n/3⌉ in integers (no floating point at the boundary: 2/3 of 6 is exactly 4). */
export function twoThirds(n: number): number {
  return Math.ceil((2 * n) / 3)
}

/**
 * 一票否决 (docs/domain/review-kinds.md): any expert may flag a veto with evidence; it stands when at least 2/3 of
 * the panel (all experts on it, not only those who submitted) flagged it. A panel of 0 confirms nothing.
 */
export function tallyVetoes(rubric: Rubric, panelSize: number, submitted: readonly Pick<ScoreSheet, 'vetoFlags'>[]): VetoTally[] {
  const needed = twoThirds(panelSize)
  return rubric.vetoes
    .map((v) => {
      const count = submitted.filter((s) => s.vetoFlags?.[v.code]).length
      return { code: v.code, text: v.text, count, needed, confirmed: panelSize > 0 && count >= needed }
    })
    .filter((t) => t.count > 0)
}

/**
 * 资格条件 at panel level: an item fails when more than half of the submitted sheets answer it 'fail'.
 * Returns the failed codes.
 */
export function failedEligibility(rubric: Rubric, submitted: readonly Pick<ScoreSheet, 'eligibility'>[]): string[] {
  if (submitted.length === 0) return []
  return rubric.eligibility
    .filter((e) => submitted.filter((s) => s.eligibility?.[e.code] === 'fail').length * 2 > submitted.length)
    .map((e) => e.code)
}

/** The highest 奖项等级 whose minimum the result reaches; levels needing a vote are reported as such. */
export function awardLevelFor(levels: readonly AwardLevel[], result: number): AwardLevel | null {
  return [...levels].sort((a, b) => b.min - a.min).find((l) => result >= l.min) ?? null
}
