import { chiSquareUpperTail } from './distributions'
import { completeRows, raterCount, type RatingsMatrix } from './matrix'
import { computed, REASONS, unavailable, type Stat } from './outcome'

export interface KendallW {
  /** W corrected for ties within raters */
  W: number
  /** m(n − 1)W, approximately χ² with n − 1 df under no agreement (large n) */
  chi2: number
  df: number
  /** upper tail of χ²_df at chi2 */
  p: number
  /** subjects used (complete rows) and dropped, raters */
  n: number
  dropped: number
  m: number
  /** Σ over raters of Σ(t³ − t) over their tie groups; 0 without ties */
  tieCorrection: number
}

/** Mid-ranks 1…n of `xs` (ties share the mean of their ranks) and Σ(t³ − t) over the tie groups. */
export function midRanks(xs: readonly number[]): { ranks: number[]; ties: number } {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0])
  const ranks = new Array<number>(xs.length)
  let ties = 0
  for (let s = 0; s < order.length; ) {
    let e = s
    while (e + 1 < order.length && order[e + 1]![0] === order[s]![0]) e++
    const t = e - s + 1
    const r = (s + e) / 2 + 1
    for (let q = s; q <= e; q++) ranks[order[q]![1]] = r
    ties += t * t * t - t
    s = e + 1
  }
  return { ranks, ties }
}

/**
 * Kendall's coefficient of concordance with the correction for ties (Kendall 1948; Siegel &
 * Castellan 1988 §9.4; irr::kendall(correct = TRUE)). Each of the m raters ranks the n subjects
 * (mid-ranks for ties); R_i is subject i's rank sum, S = Σ(R_i − m(n + 1)/2)², and
 *   W = 12·S / (m²(n³ − n) − m·ΣT),  T = Σ(t³ − t) over each rater's tie groups.
 * χ² = m(n − 1)W with n − 1 df; p from the regularized incomplete gamma.
 * Missing ratings: listwise deletion (as irr::kendall). Null for fewer than 2 raters or subjects, or
 * when every rater ties every subject (the denominator is 0).
 */
export function kendallW(matrix: RatingsMatrix): Stat<KendallW> {
  const m = raterCount(matrix)
  if (m < 2) return unavailable('TOO_FEW_RATERS', REASONS.tooFewRaters(m))
  const { rows, dropped } = completeRows(matrix, m)
  const n = rows.length
  if (n < 2) return unavailable('TOO_FEW_SUBJECTS', REASONS.tooFewSubjects(n, dropped))
  const rankSums = new Array<number>(n).fill(0)
  let tieCorrection = 0
  for (let j = 0; j < m; j++) {
    const { ranks, ties } = midRanks(rows.map((r) => r[j]!))
    tieCorrection += ties
    for (let i = 0; i < n; i++) rankSums[i]! += ranks[i]!
  }
  // rank sums are multiples of 1/2: S and the denominator are exact in double precision
  const expected = (m * (n + 1)) / 2
  const S = rankSums.reduce((s, r) => s + (r - expected) ** 2, 0)
  const den = m * m * (n * n * n - n) - m * tieCorrection
  if (den === 0) return unavailable('NO_VARIANCE', REASONS.noVariance)
  const W = (12 * S) / den
  const df = n - 1
  const chi2 = m * df * W
  return computed({ W, chi2, df, p: chiSquareUpperTail(chi2, df), n, dropped, m, tieCorrection })
}
