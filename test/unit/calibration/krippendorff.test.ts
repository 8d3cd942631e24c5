import { describe, expect, it } from 'vitest'
import { krippendorffAlpha, krippendorffAlphaAll } from '../../../src/core/calibration/krippendorff'
import { KRIPPENDORFF_2011, WIKIPEDIA_EXAMPLE } from './data'

const alpha = (m: Parameters<typeof krippendorffAlphaAll>[0]) => {
  const all = krippendorffAlphaAll(m)
  return { nominal: all.nominal.value!.alpha, ordinal: all.ordinal.value!.alpha, interval: all.interval.value!.alpha, ratio: all.ratio.value!.alpha }
}

describe("Krippendorff's alpha: Krippendorff (2011)'s reliability data with missing values", () => {
  /**
   * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
   * Communication Departmental Papers 43 (repository.upenn.edu/asc_papers/43). Published, three
   * decimals: nominal α = 0.743, ordinal 0.815, interval 0.849, ratio 0.797 (the ordinal and ratio
   * values are also asserted, to three decimals, by the Python package krippendorff's
   * tests/test_krippendorff.py on the same matrix).
   *
   * Nominal by hand: unit 12 has one value and is not pairable; the other 11 units hold n = 40 values
   * with n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3 (Σn_c² = 384). Matching pairs per unit,
   * Σ_u (ordered equal pairs)/(m_u − 1): 3 + 2 + 4 + 4 + 4 + 0 + 4 + 2 + 4 + 3 + 2 = 32 = Σ o_cc, so
   *   α = 1 − (n − 1)(n − Σo_cc)/(n² − Σn_c²) = 1 − 39·8/1216 = 113/152 = 0.743421…
   */
  it('matches the published values to their three decimals, and the nominal value exactly', () => {
    const a = alpha(KRIPPENDORFF_2011)
    expect(a.nominal).toBeCloseTo(113 / 152, 14)
    expect(Math.abs(a.nominal - 0.743)).toBeLessThanOrEqual(0.0005)
    expect(Math.abs(a.ordinal - 0.815)).toBeLessThanOrEqual(0.0005)
    expect(Math.abs(a.interval - 0.849)).toBeLessThanOrEqual(0.0005)
    expect(Math.abs(a.ratio - 0.797)).toBeLessThanOrEqual(0.0005)
  })

  it('counts 40 pairable values in 11 units (the lone value of unit 12 is not pairable)', () => {
    const r = krippendorffAlpha(KRIPPENDORFF_2011, 'nominal').value!
    expect(r).toMatchObject({ pairable: 40, units: 11 })
    expect(r.alpha).toBeCloseTo(1 - r.observed / r.expected, 14)
  })
})

describe("Krippendorff's alpha: Wikipedia's computational example (six decimals published)", () => {
  // Wikipedia "Krippendorff's alpha", A computational example: nominal α = 0.691; the Python package
  // krippendorff's tests assert round(α, 6) = 0.691358 (nominal) and 0.810845 (interval) on it.
  it('nominal 0.691358 and interval 0.810845 to 1e-6', () => {
    const a = alpha(WIKIPEDIA_EXAMPLE)
    expect(Math.abs(a.nominal - 0.691358)).toBeLessThan(1e-6)
    expect(Math.abs(a.interval - 0.810845)).toBeLessThan(1e-6)
  })
})

describe("Krippendorff's alpha: edge cases", () => {
  it('is 1 for perfect agreement at every level, zeros included on the ratio scale', () => {
    const a = alpha([[0, 0], [1, 1], [2, 2]])
    expect(a).toEqual({ nominal: 1, ordinal: 1, interval: 1, ratio: 1 })
  })

  it('is null with the reason when it cannot be computed', () => {
    expect(krippendorffAlpha([[1], [2]], 'nominal').reason?.code).toBe('TOO_FEW_RATERS')
    expect(krippendorffAlpha([[1, null], [null, 2]], 'interval').reason?.code).toBe('NO_PAIRABLE_VALUES')
    expect(krippendorffAlpha([[3, 3], [3, 3, 3]], 'interval').reason?.code).toBe('NO_VARIANCE')
    const neg = krippendorffAlpha([[-1, 1], [2, 2]], 'ratio')
    expect(neg.reason).toEqual({ code: 'NEGATIVE_RATIO_VALUES', message: expect.stringContaining('负值') })
    // the same data are fine on the interval scale
    expect(krippendorffAlpha([[-1, 1], [2, 2]], 'interval').value).not.toBeNull()
  })
})
