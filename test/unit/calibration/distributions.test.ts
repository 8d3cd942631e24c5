import { describe, expect, it } from 'vitest'
import { chiSquareUpperTail, gammaQ, lnGamma, tQuantileTwoSided, tTwoSidedTail } from '../../../src/core/calibration/distributions'

describe('distributions against closed forms', () => {
  it('ln Γ at integers and halves', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 14)
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 13)
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14)
    expect(lnGamma(10.5)).toBeCloseTo(Math.log(1133278.3889487856), 12) // Γ(10.5) = 34459425·√π / 2^10
  })

  it('chi-square upper tail: df 2 is e^(−x/2), df 4 is e^(−x/2)(1 + x/2), df 6 adds x²/8', () => {
    for (const x of [0.01, 0.5, 1, 3, 7.5, 20, 60]) {
      expect(chiSquareUpperTail(x, 2)).toBeCloseTo(Math.exp(-x / 2), 14)
      expect(chiSquareUpperTail(x, 4)).toBeCloseTo(Math.exp(-x / 2) * (1 + x / 2), 14)
      expect(chiSquareUpperTail(x, 6)).toBeCloseTo(Math.exp(-x / 2) * (1 + x / 2 + (x * x) / 8), 14)
    }
    expect(chiSquareUpperTail(0, 3)).toBe(1)
    expect(gammaQ(1, 2)).toBeCloseTo(Math.exp(-2), 15)
  })

  it('chi-square and t table values (qchisq(.95, 1) = 3.841459, qt(.975, 10) = 2.228139)', () => {
    expect(chiSquareUpperTail(3.841458820694124, 1)).toBeCloseTo(0.05, 12)
    expect(tQuantileTwoSided(0.05, 10)).toBeCloseTo(2.228138851986274, 9)
  })

  it('t quantiles: df 1 is tan(π(1 − α)/2), df 2 is √(2(1−α)²/(1 − (1−α)²))', () => {
    for (const a of [0.2, 0.05, 0.01]) {
      expect(tQuantileTwoSided(a, 1)).toBeCloseTo(Math.tan((Math.PI * (1 - a)) / 2), 9)
      const q = 1 - a
      expect(tQuantileTwoSided(a, 2)).toBeCloseTo(Math.sqrt((2 * q * q) / (1 - q * q)), 11)
    }
    expect(tTwoSidedTail(0, 7)).toBeCloseTo(1, 14)
  })
})
