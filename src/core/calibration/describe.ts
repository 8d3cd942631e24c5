import { computed, REASONS, unavailable, type Stat } from './outcome'

/** Arithmetic mean Σx / n; null for no values. */
export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null
  // two-pass: the mean of the deviations from the first estimate corrects rounding in Σx / n
  const m0 = xs.reduce((s, x) => s + x, 0) / xs.length
  return m0 + xs.reduce((s, x) => s + (x - m0), 0) / xs.length
}

/** Median: the middle value, or the mean of the two middle values for an even count; null for none. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  const h = s.length >> 1
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2
}

/**
 * Standard deviation. `sample`: √(Σ(x − x̄)² / (n − 1)), the estimate of a population SD from this
 * panel, the one reported for a submission's spread (needs n ≥ 2). `population`: √(Σ(x − x̄)² / n),
 * the SD of exactly these values (needs n ≥ 1). Unavailable with a reason below that.
 */
export function standardDeviation(xs: readonly number[], kind: 'sample' | 'population'): Stat<number> {
  const min = kind === 'sample' ? 2 : 1
  if (xs.length < min) return unavailable('TOO_FEW_VALUES', REASONS.tooFewValues(xs.length, min))
  const m = mean(xs)!
  const ss = xs.reduce((s, x) => s + (x - m) ** 2, 0)
  return computed(Math.sqrt(ss / (kind === 'sample' ? xs.length - 1 : xs.length)))
}

/** Range max − min; 0 for one value, null for none. */
export function range(xs: readonly number[]): number | null {
  if (xs.length === 0) return null
  return Math.max(...xs) - Math.min(...xs)
}

export interface TrimmedMean {
  value: number | null
  /** true when one highest and one lowest value were dropped (n ≥ 5) */
  trimmed: boolean
  dropped: { highest: number; lowest: number } | null
  /** why it fell back to the plain mean, in Chinese; null when trimmed */
  note: string | null
}

/** Panels of at least this many totals drop one highest and one lowest (docs/domain/review-kinds.md). */
export const TRIM_MIN_COUNT = 5

/**
 * 去掉一个最高分和一个最低分后取平均: with n ≥ 5 values, the mean of the n − 2 values left after
 * dropping one highest and one lowest (one of each even when tied). With fewer, the plain mean, and
 * `note` says so. Unrounded (the aggregation rule rounds the result to two decimals).
 */
export function trimmedMean(xs: readonly number[]): TrimmedMean {
  if (xs.length < TRIM_MIN_COUNT) {
    return {
      value: mean(xs),
      trimmed: false,
      dropped: null,
      note: `评分不足 ${TRIM_MIN_COUNT} 个（${xs.length} 个），不去掉最高分和最低分，取算术平均`,
    }
  }
  const s = [...xs].sort((a, b) => a - b)
  return { value: mean(s.slice(1, -1)), trimmed: true, dropped: { lowest: s[0]!, highest: s[s.length - 1]! }, note: null }
}

export interface SubmissionSpread {
  count: number
  mean: number | null
  trimmedMean: TrimmedMean
  /** sample SD (n − 1), the panel as a sample of possible experts */
  sd: Stat<number>
  /** population SD (n), these experts only */
  sdPopulation: Stat<number>
  range: number | null
  median: number | null
  min: number | null
  max: number | null
}

/** Per submission (per row): mean, trimmed mean, SD (sample and population), range, median. */
export function submissionSpread(totals: readonly number[]): SubmissionSpread {
  return {
    count: totals.length,
    mean: mean(totals),
    trimmedMean: trimmedMean(totals),
    sd: standardDeviation(totals, 'sample'),
    sdPopulation: standardDeviation(totals, 'population'),
    range: range(totals),
    median: median(totals),
    min: totals.length ? Math.min(...totals) : null,
    max: totals.length ? Math.max(...totals) : null,
  }
}
