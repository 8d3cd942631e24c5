import { describe, expect, it } from 'vitest'
import { icc, iccAnova, ICC_FORMS } from '../../../src/core/calibration/icc'
import type { Rating } from '../../../src/core/calibration/matrix'
import { SCORECARD, SHROUT_FLEISS } from './data'

/**
 * Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater reliability.
 * Psychological Bulletin 86(2), 420–428. Table 2: 6 targets × 4 judges. Published (Table 4, two
 * decimals): ICC(1,1) .17, ICC(2,1) .29, ICC(3,1) .71, ICC(1,4) .44, ICC(2,4) .62, ICC(3,4) .91.
 * R psych::ICC on the same data (its `sf` example) prints 0.17 … to two decimals in the table; the
 * four-decimal values below are derived here exactly, by hand:
 *
 *   target sums 24, 12, 26, 16, 30, 19 (Σ 127);  judge sums 46, 15, 26, 40;  Σx² = 841;  N = 24
 *   correction C = 127²/24 = 16129/24
 *   SS total   = 841 − C                           = 4055/24
 *   SS targets = (24²+12²+26²+16²+30²+19²)/4 − C    = 2913/4 − C = 1349/24   → BMS = 1349/120 = 11.2417
 *   SS judges  = (46²+15²+26²+40²)/6 − C            = 4617/6 − C = 2339/24   → JMS = 2339/72  = 32.4861
 *   SS within  = SS total − SS targets              = 2706/24                → WMS = 451/72   = 6.2639
 *   SS error   = SS within − SS judges              = 367/24                 → EMS = 367/360  = 1.0194
 * (S&F Table 3 prints BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02.) In 360ths: BMS 4047, WMS 2255,
 * JMS 11695, EMS 367, so with k = 4, n = 6:
 *   ICC(1,1) = (BMS − WMS)/(BMS + 3WMS)               = 1792/10812 = 448/2703  = 0.165742
 *   ICC(2,1) = (BMS − EMS)/(BMS + 3EMS + 4(JMS − EMS)/6) = 3680/12700 = 184/635 = 0.289764
 *   ICC(3,1) = (BMS − EMS)/(BMS + 3EMS)               = 3680/5148  = 920/1287  = 0.714841
 *   ICC(1,4) = (BMS − WMS)/BMS                        = 1792/4047              = 0.442797
 *   ICC(2,4) = (BMS − EMS)/(BMS + (JMS − EMS)/6)       = 3680/5935  = 736/1187  = 0.620051
 *   ICC(3,4) = (BMS − EMS)/BMS                        = 3680/4047              = 0.909316
 * which round to psych's ICC1 0.1657, ICC2 0.2898, ICC3 0.7148, ICC1k 0.4428, ICC2k 0.6201, ICC3k 0.9093.
 */
const EXACT = { ICC1: 448 / 2703, ICC2: 184 / 635, ICC3: 920 / 1287, ICC1k: 1792 / 4047, ICC2k: 736 / 1187, ICC3k: 3680 / 4047 }
const PUBLISHED_1979 = { ICC1: 0.17, ICC2: 0.29, ICC3: 0.71, ICC1k: 0.44, ICC2k: 0.62, ICC3k: 0.91 }
const PSYCH_4DP = { ICC1: 0.1657, ICC2: 0.2898, ICC3: 0.7148, ICC1k: 0.4428, ICC2k: 0.6201, ICC3k: 0.9093 }

const forms = (m: Rating[][]) => {
  const r = icc(m)
  if (r.value === null) throw new Error(r.reason.message)
  return Object.fromEntries(ICC_FORMS.map((f) => [f, r.value.forms[f].value])) as Record<(typeof ICC_FORMS)[number], number>
}

describe('ICC: Shrout & Fleiss (1979) Table 2', () => {
  it('has the ANOVA mean squares of S&F Table 3 (exact fractions derived above)', () => {
    const a = iccAnova(SHROUT_FLEISS).value!
    expect(a).toMatchObject({ n: 6, k: 4, dropped: 0 })
    expect(a.BMS).toBeCloseTo(1349 / 120, 12)
    expect(a.WMS).toBeCloseTo(451 / 72, 12)
    expect(a.JMS).toBeCloseTo(2339 / 72, 12)
    expect(a.EMS).toBeCloseTo(367 / 360, 12)
  })

  it('gives all six forms: exact to 1e-12, psych to its 4 decimals, the paper to its 2', () => {
    const f = forms(SHROUT_FLEISS)
    for (const k of ICC_FORMS) {
      expect(Math.abs(f[k] - EXACT[k])).toBeLessThan(1e-12)
      expect(Math.abs(f[k] - PSYCH_4DP[k])).toBeLessThanOrEqual(0.00005 + 1e-12)
      expect(Math.abs(f[k] - PUBLISHED_1979[k])).toBeLessThanOrEqual(0.005 + 1e-12)
    }
  })

  it('matches irr::icc(model = "oneway") on a second published data set: ICC(1) = 0.688, F(11,48) = 12', () => {
    // Iris Kemp, "Scorecard Example" (R Markdown, 2016-11-07), knitr output of irr::icc(scorecard[,2:6],
    // model = "oneway", type = "agreement"): ICC(1) = 0.688, F(11,48) = 12 (three significant digits)
    const a = iccAnova(SCORECARD).value!
    expect(a.n).toBe(12)
    expect(a.BMS / a.WMS).toBeCloseTo(12, 0)
    expect(Math.abs(forms(SCORECARD).ICC1 - 0.688)).toBeLessThanOrEqual(0.0005)
  })
})


describe('ICC: missing ratings and the cases it cannot compute', () => {
  it('leaves out (listwise) every subject with a missing rating and says how many', () => {
    const withGaps: Rating[][] = [...SHROUT_FLEISS, [1, null, 3, 4], [null, null, null, null]]
    const r = icc(withGaps).value!
    expect(r.anova.n).toBe(6)
    expect(r.anova.dropped).toBe(2)
    expect(forms(withGaps)).toEqual(forms(SHROUT_FLEISS))
  })

  it('treats a short row as missing its last ratings', () => {
    expect(icc([...SHROUT_FLEISS, [1, 2]]).value!.anova.dropped).toBe(1)
  })

  it('is null with a reason for one rater, fewer than 2 complete subjects, or no variance', () => {
    expect(icc([[1], [2], [3]]).reason?.code).toBe('TOO_FEW_RATERS')
    const one = icc([[1, 2], [3, null]])
    expect(one.reason?.code).toBe('TOO_FEW_SUBJECTS')
    expect(one.reason?.message).toContain('1 个因缺评被排除')
    expect(icc([]).reason?.code).toBe('TOO_FEW_RATERS')
    expect(icc([[5, 5], [5, 5], [5, 5]]).reason).toEqual({ code: 'NO_VARIANCE', message: expect.stringContaining('方差为 0') })
  })

  it('nulls only the forms whose denominator is 0 (identical subjects, raters differing by constants)', () => {
    const r = icc([[1, 3], [1, 3], [1, 3]]).value!
    // BMS = 0, EMS = 0, JMS > 0: ICC3 is 0/0, ICC2 = 0 / (k·JMS/n) = 0
    expect(r.forms.ICC3.reason?.code).toBe('NO_VARIANCE')
    expect(r.forms.ICC3k.reason?.code).toBe('NO_VARIANCE')
    expect(r.forms.ICC2.value).toBe(0)
  })
})
