import { completeRows, raterCount, type RatingsMatrix } from './matrix'
import { computed, REASONS, unavailable, type Stat } from './outcome'

/** R psych's names for the six Shrout & Fleiss (1979) forms. */
export const ICC_FORMS = ['ICC1', 'ICC2', 'ICC3', 'ICC1k', 'ICC2k', 'ICC3k'] as const
export type IccForm = (typeof ICC_FORMS)[number]

/** Mean squares of the two-way ANOVA (subjects × raters, one rating per cell), as in S&F Table 3. */
export interface IccAnova {
  /** subjects used (complete rows) and dropped (a rating missing), raters */
  n: number
  dropped: number
  k: number
  /** between-targets, within-target, between-judges, residual mean squares */
  BMS: number
  WMS: number
  JMS: number
  EMS: number
}

export interface IccResult {
  anova: IccAnova
  /** each form, or null with its reason when its denominator is 0 */
  forms: Record<IccForm, Stat<number>>
}

/**
 * Two-way ANOVA on complete rows. Missing ratings: listwise deletion — a subject with any missing
 * rating is left out, and `dropped` says how many were (R psych's ICC with its default missing = TRUE
 * and irr::icc do the same). Sums of squares are computed from deviations about the means (two-pass),
 * so large totals do not cancel.
 */
export function iccAnova(m: RatingsMatrix): Stat<IccAnova> {
  const k = raterCount(m)
  if (k < 2) return unavailable('TOO_FEW_RATERS', REASONS.tooFewRaters(k))
  const { rows, dropped } = completeRows(m, k)
  const n = rows.length
  if (n < 2) return unavailable('TOO_FEW_SUBJECTS', REASONS.tooFewSubjects(n, dropped))
  let grand = 0
  for (const r of rows) for (const x of r) grand += x
  grand /= n * k
  const rowMeans = rows.map((r) => r.reduce((s, x) => s + x, 0) / k)
  const colMeans = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / n)
  let sst = 0
  let ssr = 0
  let ssc = 0
  for (let i = 0; i < n; i++) {
    ssr += (rowMeans[i]! - grand) ** 2
    for (let j = 0; j < k; j++) sst += (rows[i]![j]! - grand) ** 2
  }
  for (let j = 0; j < k; j++) ssc += (colMeans[j]! - grand) ** 2
  ssr *= k
  ssc *= n
  if (sst === 0) return unavailable('NO_VARIANCE', REASONS.noVariance)
  const sse = Math.max(0, sst - ssr - ssc)
  const ssw = Math.max(0, sst - ssr)
  return computed({ n, dropped, k, BMS: ssr / (n - 1), WMS: ssw / (n * (k - 1)), JMS: ssc / (k - 1), EMS: sse / ((n - 1) * (k - 1)) })
}

const ratio = (num: number, den: number): Stat<number> => (den === 0 ? unavailable('NO_VARIANCE', REASONS.noVariance) : computed(num / den))

/** ICC(1,1), one-way random, single rater: (BMS − WMS) / (BMS + (k − 1)·WMS). Shrout & Fleiss (1979) eq. 2. */
export const iccOneWaySingle = (a: IccAnova) => ratio(a.BMS - a.WMS, a.BMS + (a.k - 1) * a.WMS)
/** ICC(2,1), two-way random, single rater, absolute agreement: (BMS − EMS) / (BMS + (k − 1)EMS + k(JMS − EMS)/n). S&F eq. 3. */
export const iccTwoWayRandomSingle = (a: IccAnova) => ratio(a.BMS - a.EMS, a.BMS + (a.k - 1) * a.EMS + (a.k * (a.JMS - a.EMS)) / a.n)
/** ICC(3,1), two-way mixed, single rater, consistency: (BMS − EMS) / (BMS + (k − 1)·EMS). S&F eq. 4. */
export const iccTwoWayMixedSingle = (a: IccAnova) => ratio(a.BMS - a.EMS, a.BMS + (a.k - 1) * a.EMS)
/** ICC(1,k), the mean of k raters, one-way: (BMS − WMS) / BMS. S&F eq. 5. */
export const iccOneWayAverage = (a: IccAnova) => ratio(a.BMS - a.WMS, a.BMS)
/** ICC(2,k), the mean of k raters, two-way random: (BMS − EMS) / (BMS + (JMS − EMS)/n). S&F eq. 6. */
export const iccTwoWayRandomAverage = (a: IccAnova) => ratio(a.BMS - a.EMS, a.BMS + (a.JMS - a.EMS) / a.n)
/** ICC(3,k), the mean of k raters, two-way mixed: (BMS − EMS) / BMS. S&F eq. 6 with JMS dropped. */
export const iccTwoWayMixedAverage = (a: IccAnova) => ratio(a.BMS - a.EMS, a.BMS)

/**
 * All six Shrout & Fleiss (1979) intraclass correlations of a subjects × raters matrix, under R
 * psych's names, with listwise deletion of subjects that miss a rating (see iccAnova). Null with a
 * reason for fewer than 2 raters, fewer than 2 complete subjects, or no variance at all; a single form
 * is null when its own denominator is 0 (e.g. ICC3 when subjects and residuals both have no variance).
 */
export function icc(m: RatingsMatrix): Stat<IccResult> {
  const a = iccAnova(m)
  if (a.value === null) return a
  const v = a.value
  return computed({
    anova: v,
    forms: {
      ICC1: iccOneWaySingle(v),
      ICC2: iccTwoWayRandomSingle(v),
      ICC3: iccTwoWayMixedSingle(v),
      ICC1k: iccOneWayAverage(v),
      ICC2k: iccTwoWayRandomAverage(v),
      ICC3k: iccTwoWayMixedAverage(v),
    },
  })
}
