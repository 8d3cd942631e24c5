import { describe, expect, it } from 'vitest'
import { median, range, standardDeviation, submissionSpread, trimmedMean } from '../../../src/core/calibration/describe'
import { raterProfiles, raterZScores, severity } from '../../../src/core/calibration/severity'
import { tQuantileTwoSided } from '../../../src/core/calibration/distributions'

describe('per-submission spread', () => {
  it('SD: population √(Σ(x − x̄)²/n) and sample √(Σ(x − x̄)²/(n − 1))', () => {
    // the textbook set 2 4 4 4 5 5 7 9: x̄ = 5, Σ(x − x̄)² = 32
    const xs = [2, 4, 4, 4, 5, 5, 7, 9]
    expect(standardDeviation(xs, 'population').value).toBe(2)
    expect(standardDeviation(xs, 'sample').value).toBeCloseTo(Math.sqrt(32 / 7), 15)
    expect(standardDeviation([3], 'sample').reason?.code).toBe('TOO_FEW_VALUES')
    expect(standardDeviation([3], 'population').value).toBe(0)
    expect(standardDeviation([], 'population').reason?.message).toContain('至少需要 1 个')
  })

  it('median, range, trimmed mean with ≥ 5 totals, and the stated fallback below', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
    expect(range([80, 92.5, 71])).toBe(21.5)
    const t = trimmedMean([70, 90, 80, 85, 60])
    expect(t).toMatchObject({ value: 78.33333333333333, trimmed: true, dropped: { lowest: 60, highest: 90 }, note: null })
    const f = trimmedMean([70, 90, 80, 85])
    expect(f).toMatchObject({ value: 81.25, trimmed: false, dropped: null })
    expect(f.note).toContain('不足 5 个')
    // ties: exactly one highest and one lowest are dropped
    expect(trimmedMean([80, 80, 80, 70, 70]).value).toBeCloseTo(230 / 3, 12)
  })

  it('submissionSpread bundles them', () => {
    const s = submissionSpread([88, 92, 75, 81, 90])
    expect(s).toMatchObject({ count: 5, mean: 85.2, median: 88, range: 17, min: 75, max: 92 })
    expect(s.trimmedMean.value).toBeCloseTo(259 / 3, 12)
    // deviations 2.8, 6.8, −10.2, −4.2, 4.8 → Σ² = 7.84 + 46.24 + 104.04 + 17.64 + 23.04 = 198.8
    expect(s.sd.value).toBeCloseTo(Math.sqrt(198.8 / 4), 12)
  })
})

describe('expert severity and z-scores', () => {
  it('is the mean deviation from the panel mean with a 95 % t-interval (checked by hand)', () => {
    // rater 0 against the panel of each subject (panel mean includes the rater):
    const m = [
      [12, 10, 11],
      [22, 20, 21],
      [33, 30, 31.5],
      [41, 40, null],
    ]
    const dev = [12 - 11, 22 - 21, 33 - 31.5, 41 - 40.5] // 1, 1, 1.5, 0.5
    const mu = 1
    const sd = Math.sqrt(dev.reduce((s, d) => s + (d - mu) ** 2, 0) / 3) // √(0.5/3)
    const half = (tQuantileTwoSided(0.05, 3) * sd) / 2
    const s = severity(m, 0).value!
    expect(s.n).toBe(4)
    expect(s.mean).toBeCloseTo(mu, 14)
    expect(s.sd).toBeCloseTo(sd, 14)
    expect(s.lower).toBeCloseTo(mu - half, 12)
    expect(s.upper).toBeCloseTo(mu + half, 12)
    expect(tQuantileTwoSided(0.05, 3)).toBeCloseTo(3.182446305284263, 9) // qt(0.975, 3)
    expect(s.excludesZero).toBe(true)
  })

  it('does not count subjects the expert rated alone, and is null with a reason below 2 subjects', () => {
    const m = [
      [10, null],
      [20, 22],
      [5, null],
    ]
    const s = severity(m, 0)
    expect(s.reason?.code).toBe('TOO_FEW_VALUES')
    expect(severity(m, 1).reason?.code).toBe('TOO_FEW_VALUES')
  })

  it('a constant offset gives a zero-width interval that excludes 0', () => {
    const m = [
      [12, 10],
      [22, 20],
      [33, 31],
    ]
    expect(severity(m, 0).value).toMatchObject({ mean: 1, lower: 1, upper: 1, sd: 0, excludesZero: true })
    expect(severity(m, 1).value).toMatchObject({ mean: -1, excludesZero: true })
  })

  it('z-scores standardise each rater over all subjects they rated (sample SD); null without spread', () => {
    const m = [
      [2, 5],
      [4, 5],
      [6, null],
    ]
    const z = raterZScores(m, 0).value!
    expect(z).toMatchObject({ mean: 4, sd: 2 })
    expect(z.z).toEqual([-1, 0, 1])
    expect(raterZScores(m, 1).reason?.code).toBe('NO_VARIANCE')
    expect(raterProfiles(m)).toHaveLength(2)
  })
})
