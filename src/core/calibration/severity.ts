import { tQuantileTwoSided } from './distributions'
import { mean, standardDeviation } from './describe'
import { column, presentValues, raterCount, type RatingsMatrix } from './matrix'
import { computed, REASONS, unavailable, type Stat } from './outcome'

export interface Severity {
  /** mean of (own rating − panel mean) over the subjects counted; negative = stricter than the panel */
  mean: number
  /** 95 % t-interval of that mean: mean ± t(0.975, n − 1)·s/√n */
  lower: number
  upper: number
  /** sheets counted, and the sample SD of the deviations */
  n: number
  sd: number
  /** the interval excludes 0: the expert is consistently stricter or more lenient (a calibration flag) */
  excludesZero: boolean
}

/**
 * An expert's severity (宽严度): the mean deviation of their rating from the panel mean over the
 * subjects they rated, with a 95 % Student-t interval. The panel mean of a subject is the mean of all
 * ratings it received, the expert's own included; subjects with a single rating have no panel to
 * compare with and are not counted. Null with the reason when fewer than 2 subjects count (no
 * interval without a spread estimate). A zero SD gives a zero-width interval.
 */
export function severity(m: RatingsMatrix, rater: number): Stat<Severity> {
  const deviations: number[] = []
  for (const row of m) {
    const own = row[rater] ?? null
    if (own === null) continue
    const present = presentValues(row)
    if (present.length < 2) continue
    deviations.push(own - mean(present)!)
  }
  const n = deviations.length
  if (n < 2) return unavailable('TOO_FEW_VALUES', REASONS.tooFewValues(n, 2))
  const mu = mean(deviations)!
  const sd = (standardDeviation(deviations, 'sample').value as number)
  const half = (tQuantileTwoSided(0.05, n - 1) * sd) / Math.sqrt(n)
  return computed({ mean: mu, lower: mu - half, upper: mu + half, n, sd, excludesZero: mu - half > 0 || mu + half < 0 })
}

export interface ZScores {
  /** the rater's own mean and sample SD over every subject they rated */
  mean: number
  sd: number
  /** z per row; null where the rater gave no rating */
  z: Array<number | null>
}

/**
 * z-scores of one rater: z = (x − x̄_rater) / s_rater over every subject they rated, with the sample SD
 * (n − 1). Null with the reason when they rated fewer than 2 subjects or gave all the same rating.
 */
export function raterZScores(m: RatingsMatrix, rater: number): Stat<ZScores> {
  const col = column(m, rater)
  const xs = presentValues(col)
  const sd = standardDeviation(xs, 'sample')
  if (sd.value === null) return sd
  if (sd.value === 0) return unavailable('NO_VARIANCE', REASONS.noVariance)
  const mu = mean(xs)!
  return computed({ mean: mu, sd: sd.value, z: col.map((x) => (x === null ? null : (x - mu) / sd.value)) })
}

/** Severity and z-scores of every rater (column). */
export function raterProfiles(m: RatingsMatrix): Array<{ severity: Stat<Severity>; z: Stat<ZScores> }> {
  return Array.from({ length: raterCount(m) }, (_, j) => ({ severity: severity(m, j), z: raterZScores(m, j) }))
}
