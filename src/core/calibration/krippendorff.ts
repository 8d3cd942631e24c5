import { presentValues, raterCount, type RatingsMatrix } from './matrix'
import { computed, REASONS, unavailable, type Stat } from './outcome'

export const ALPHA_LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const
export type AlphaLevel = (typeof ALPHA_LEVELS)[number]

export interface KrippendorffAlpha {
  alpha: number
  /** pairable values n.. (values in units with ≥ 2 ratings) and the units they came from */
  pairable: number
  units: number
  /** observed and expected disagreement D_o, D_e */
  observed: number
  expected: number
}

/**
 * Krippendorff's alpha with missing values, by the coincidence-matrix method of Krippendorff (2011),
 * "Computing Krippendorff's Alpha-Reliability": only units with m_u ≥ 2 values are pairable; each
 * ordered pair of values (c, k) in unit u adds 1/(m_u − 1) to o_ck; n_c = Σ_k o_ck, n = Σ n_c;
 *   α = 1 − D_o/D_e = 1 − (n − 1)·Σ_ck o_ck δ²_ck / Σ_ck n_c n_k δ²_ck
 * with δ² nominal: [c ≠ k]; interval: (c − k)²; ratio: ((c − k)/(c + k))² (0 when c = k = 0);
 * ordinal: (Σ_{g=c..k} n_g − (n_c + n_k)/2)², which equals (M_k − M_c)² for the mid-cumulative
 * M_c = Σ_{g<c} n_g + n_c/2 — so ordinal alpha is interval alpha on the values M_c.
 * The sums for nominal, ordinal and interval are taken in closed form (no V × V matrix:
 * Σ_{i≠j}(x_i − x_j)² = 2m·Σ(x − x̄)²); ratio sums over the distinct values.
 * Rows are units (subjects), columns observers (raters); null cells are missing.
 * Null with the reason for fewer than 2 raters, no pairable values, no variance (D_e = 0), or a
 * negative value on the ratio scale.
 */
export function krippendorffAlpha(matrix: RatingsMatrix, level: AlphaLevel): Stat<KrippendorffAlpha> {
  const prepared = prepare(matrix)
  return 'units' in prepared ? alphaAt(prepared, level) : prepared
}

interface Prepared {
  /** pairable units (≥ 2 values) */
  units: number[][]
  n: number
  counts: Map<number, number>
}

/** The pairable units and value counts, shared by the four levels. */
function prepare(matrix: RatingsMatrix): Prepared | Stat<KrippendorffAlpha> {
  const raters = raterCount(matrix)
  if (raters < 2) return unavailable('TOO_FEW_RATERS', REASONS.tooFewRaters(raters))
  const units = matrix.map(presentValues).filter((u) => u.length >= 2)
  const n = units.reduce((s, u) => s + u.length, 0)
  if (n < 2) return unavailable('NO_PAIRABLE_VALUES', REASONS.noPairableValues)
  return { units, n, counts: valueCounts(units) }
}

function alphaAt({ units, n, counts }: Prepared, level: AlphaLevel): Stat<KrippendorffAlpha> {
  if (level === 'ratio' && units.some((u) => u.some((v) => v < 0))) return unavailable('NEGATIVE_RATIO_VALUES', REASONS.negativeRatio)
  let observedSum: number
  let expectedSum: number
  switch (level) {
    case 'nominal':
      observedSum = units.reduce((s, u) => s + nominalPairs(u) / (u.length - 1), 0)
      expectedSum = n * n - [...counts.values()].reduce((s, c) => s + c * c, 0)
      break
    case 'interval':
      observedSum = units.reduce((s, u) => s + squaredPairs(u) / (u.length - 1), 0)
      expectedSum = weightedSquaredPairs(counts, n)
      break
    case 'ordinal': {
      const M = midCumulative(counts)
      const mapped = units.map((u) => u.map((v) => M.get(v)!))
      observedSum = mapped.reduce((s, u) => s + squaredPairs(u) / (u.length - 1), 0)
      expectedSum = weightedSquaredPairs(new Map([...counts].map(([v, c]) => [M.get(v)!, c])), n)
      break
    }
    case 'ratio':
      observedSum = units.reduce((s, u) => s + ratioPairs(u) / (u.length - 1), 0)
      expectedSum = ratioExpected(counts)
      break
    default:
      return assertNever(level)
  }
  if (!(expectedSum > 0)) return unavailable('NO_VARIANCE', REASONS.noVariance)
  return computed({
    alpha: 1 - ((n - 1) * observedSum) / expectedSum,
    pairable: n,
    units: units.length,
    observed: observedSum / n,
    expected: expectedSum / (n * (n - 1)),
  })
}

function assertNever(x: never): never {
  throw new Error(`unknown level of measurement: ${String(x)}`)
}

/** n_c: how many pairable values equal c (each value of a pairable unit counts once: Σ_k o_ck = that). */
function valueCounts(units: readonly number[][]): Map<number, number> {
  const counts = new Map<number, number>()
  for (const u of units) for (const v of u) counts.set(v, (counts.get(v) ?? 0) + 1)
  return counts
}

/** ordered pairs i ≠ j with different values: m² − Σ (count of each value)² (a unit is small: sort it) */
function nominalPairs(u: readonly number[]): number {
  const s = [...u].sort((a, b) => a - b)
  let same = 0
  for (let i = 0; i < s.length; ) {
    let j = i
    while (j < s.length && s[j] === s[i]) j++
    same += (j - i) * (j - i)
    i = j
  }
  return s.length * s.length - same
}

/** Σ over ordered pairs i ≠ j of (x_i − x_j)² = 2m·Σ(x − x̄)² */
function squaredPairs(u: readonly number[]): number {
  const m = u.length
  const mean = u.reduce((s, x) => s + x, 0) / m
  return 2 * m * u.reduce((s, x) => s + (x - mean) ** 2, 0)
}

/** Σ_c Σ_k n_c n_k (c − k)² = 2n·Σ_c n_c (c − c̄)² with c̄ the n-weighted mean */
function weightedSquaredPairs(counts: ReadonlyMap<number, number>, n: number): number {
  let mean = 0
  for (const [v, c] of counts) mean += v * c
  mean /= n
  let ss = 0
  for (const [v, c] of counts) ss += c * (v - mean) ** 2
  return 2 * n * ss
}

/** M_c = Σ_{g<c} n_g + n_c / 2 over the values in increasing order */
function midCumulative(counts: ReadonlyMap<number, number>): Map<number, number> {
  const M = new Map<number, number>()
  let below = 0
  for (const v of [...counts.keys()].sort((a, b) => a - b)) {
    const c = counts.get(v)!
    M.set(v, below + c / 2)
    below += c
  }
  return M
}

const ratioDelta = (a: number, b: number): number => (a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2)

function ratioPairs(u: readonly number[]): number {
  let s = 0
  for (let i = 0; i < u.length; i++) for (let j = i + 1; j < u.length; j++) s += 2 * ratioDelta(u[i]!, u[j]!)
  return s
}

/** Σ_c Σ_k n_c n_k δ²_ck over the distinct values: O(V²), in typed arrays (V reaches thousands for totals). */
function ratioExpected(counts: ReadonlyMap<number, number>): number {
  const V = counts.size
  const v = new Float64Array(V)
  const c = new Float64Array(V)
  let i = 0
  for (const [value, count] of counts) {
    v[i] = value
    c[i++] = count
  }
  let s = 0
  for (let a = 0; a < V; a++) {
    const va = v[a]!
    let row = 0
    for (let b = a + 1; b < V; b++) {
      const sum = va + v[b]!
      if (sum !== 0) {
        const d = (va - v[b]!) / sum
        row += c[b]! * d * d
      }
    }
    s += 2 * c[a]! * row
  }
  return s
}

/** Alpha at every level of measurement (the pairable units are gathered once). */
export function krippendorffAlphaAll(matrix: RatingsMatrix): Record<AlphaLevel, Stat<KrippendorffAlpha>> {
  const p = prepare(matrix)
  const at = (level: AlphaLevel) => ('units' in p ? alphaAt(p, level) : p)
  return { nominal: at('nominal'), ordinal: at('ordinal'), interval: at('interval'), ratio: at('ratio') }
}
