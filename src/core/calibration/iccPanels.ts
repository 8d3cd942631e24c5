import { presentValues, type RatingsMatrix } from './matrix'
import { computed, REASONS, unavailable, type Stat } from './outcome'

export interface IccPanels {
  /** ICC(1) of one rating, and of the mean of k0 ratings */
  ICC1: number
  ICC1k: number
  /** the effective panel size k0 = (N − Σk_i²/N)/(n − 1); k itself when every panel has k ratings */
  k0: number
  /** subjects with ≥ 2 ratings (used), ratings N, mean squares */
  n: number
  N: number
  BMS: number
  WMS: number
}

/**
 * ICC(1) for panels: Shrout & Fleiss (1979) Case 1 — "each target is rated by a different set of k
 * judges" — which is how a campaign is scored when each submission has its own 专家组. Where ICC(2)
 * and ICC(3) need the same raters on every subject (and listwise deletion empties a panel design),
 * the one-way model needs no rater identity, so every subject with at least 2 ratings counts, with
 * however many ratings it has. Unbalanced one-way ANOVA (Searle 1971; Donner 1986):
 *   BMS = Σ k_i(ȳ_i − ȳ)² / (n − 1),  WMS = ΣΣ(y_ij − ȳ_i)² / (N − n),  k0 = (N − Σk_i²/N)/(n − 1)
 *   ICC(1) = (BMS − WMS) / (BMS + (k0 − 1)·WMS),  ICC(1,k0) = (BMS − WMS) / BMS
 * With equal panels this is exactly S&F's ICC(1,1) and ICC(1,k). Subjects with one rating carry no
 * within-subject information and are left out. Null with the reason for fewer than 2 such subjects or
 * no variance.
 */
export function iccOneWayPanels(m: RatingsMatrix): Stat<IccPanels> {
  const groups = m.map(presentValues).filter((g) => g.length >= 2)
  const n = groups.length
  if (n < 2) return unavailable('TOO_FEW_SUBJECTS', REASONS.tooFewSubjects(n, 0))
  const N = groups.reduce((s, g) => s + g.length, 0)
  const grand = groups.reduce((s, g) => s + g.reduce((a, x) => a + x, 0), 0) / N
  let ssb = 0
  let ssw = 0
  let sumK2 = 0
  for (const g of groups) {
    const mean = g.reduce((a, x) => a + x, 0) / g.length
    ssb += g.length * (mean - grand) ** 2
    for (const x of g) ssw += (x - mean) ** 2
    sumK2 += g.length * g.length
  }
  const BMS = ssb / (n - 1)
  const WMS = ssw / (N - n)
  const k0 = (N - sumK2 / N) / (n - 1)
  if (BMS === 0) return unavailable('NO_VARIANCE', REASONS.noVariance)
  return computed({ ICC1: (BMS - WMS) / (BMS + (k0 - 1) * WMS), ICC1k: (BMS - WMS) / BMS, k0, n, N, BMS, WMS })
}
