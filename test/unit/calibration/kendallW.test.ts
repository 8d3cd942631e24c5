import { describe, expect, it } from 'vitest'
import { kendallW, midRanks } from '../../../src/core/calibration/kendallW'
import { SCORECARD } from './data'

/**
 * Published value with ties: Iris Kemp, "Scorecard Example" (R Markdown knitted with R package irr,
 * 2016-11-07; 12 items × 5 raters, rater R2 gives 6 twice), output of
 *   kendall(scorecard[,2:6], correct = TRUE)
 *   Kendall's coefficient of concordance Wt — Subjects = 12, Raters = 5, Wt = 0.735,
 *   Chisq(11) = 40.5, p-value = 2.99e-05
 * printed to three significant digits, so compared to that precision.
 * By hand: the only tie is R2's two 6s (items 3 and 11, mid-rank 6.5) → ΣT = 2³ − 2 = 6;
 * rank sums R_i = 9, 16, 20.5, 22, 25, 27, 32, 37, 42, 50, 49.5, 60 (Σ 390 = m·n(n+1)/2),
 * mean 32.5, S = Σ(R_i − 32.5)² = 2627.5;
 * W = 12·2627.5 / (25·(1728 − 12) − 5·6) = 31530 / 42870 = 0.735479…; χ² = 5·11·W = 40.4514.
 */
describe("Kendall's W with ties", () => {
  it('matches irr::kendall(correct = TRUE) on the scorecard example', () => {
    const w = kendallW(SCORECARD).value!
    expect(w.tieCorrection).toBe(6)
    expect(w.W).toBeCloseTo(31530 / 42870, 12)
    expect(Math.abs(w.W - 0.735)).toBeLessThanOrEqual(0.0005)
    expect(w.df).toBe(11)
    expect(Math.abs(w.chi2 - 40.5)).toBeLessThanOrEqual(0.05)
    expect(w.chi2).toBeCloseTo(5 * 11 * w.W, 12)
    expect(Math.abs(w.p - 2.99e-5)).toBeLessThanOrEqual(0.005e-5)
  })

  it('computes mid-ranks and Σ(t³ − t)', () => {
    expect(midRanks([10, 20, 20, 30, 20])).toEqual({ ranks: [1, 3, 3, 5, 3], ties: 24 })
    expect(midRanks([3, 1, 2])).toEqual({ ranks: [3, 1, 2], ties: 0 })
  })

  it('is 1 for identical rankings and 0 for perfectly balanced ones, without ties', () => {
    expect(kendallW([[1, 1, 1], [2, 2, 2], [3, 3, 3], [4, 4, 4]]).value!.W).toBe(1)
    // three raters over three subjects in a Latin square: every rank sum is 6
    expect(kendallW([[1, 2, 3], [2, 3, 1], [3, 1, 2]]).value!.W).toBe(0)
  })

  it('p is the chi-square upper tail: with df = 2 it is exactly e^(−χ²/2)', () => {
    const w = kendallW([[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3]]).value!
    expect(w.chi2).toBe(8)
    expect(w.p).toBeCloseTo(Math.exp(-4), 14)
  })

  it('drops subjects with a missing rating (listwise, as irr) and is null with a reason when it cannot compute', () => {
    const withGap = [...SCORECARD, [1, null, 2, 3, 4]]
    const w = kendallW(withGap).value!
    expect(w).toMatchObject({ n: 12, dropped: 1 })
    expect(w.W).toBeCloseTo(kendallW(SCORECARD).value!.W, 14)
    expect(kendallW([[1], [2]]).reason?.code).toBe('TOO_FEW_RATERS')
    expect(kendallW([[1, 2]]).reason?.code).toBe('TOO_FEW_SUBJECTS')
    expect(kendallW([[1, 2], [1, 2], [1, 2]]).reason?.code).toBe('NO_VARIANCE')
  })
})
