import { describe, expect, it } from 'vitest'
import { icc, ICC_FORMS } from '../../../src/core/calibration/icc'
import { kendallW } from '../../../src/core/calibration/kendallW'
import { ALPHA_LEVELS, krippendorffAlpha } from '../../../src/core/calibration/krippendorff'
import type { Rating } from '../../../src/core/calibration/matrix'
import { mulberry32 } from '../../../src/core/util/prng'

/** Seeded property tests (as panelRules.test.ts): 40 random panels each, reproducible. */
const SEEDS = Array.from({ length: 40 }, (_, i) => 20261129 + i)

function randomMatrix(seed: number, missingShare = 0): Rating[][] {
  const rnd = mulberry32(seed)
  const n = 6 + Math.floor(rnd() * 10)
  const k = 3 + Math.floor(rnd() * 4)
  const quality = Array.from({ length: n }, () => rnd() * 6)
  const bias = Array.from({ length: k }, () => rnd() * 2 - 1)
  return quality.map((q) =>
    bias.map((b) => (rnd() < missingShare ? null : Math.max(1, Math.min(10, Math.round(2 + q + b + (rnd() - 0.5) * 3))))),
  )
}

const map = (m: Rating[][], f: (x: number, i: number, j: number) => number): Rating[][] =>
  m.map((row, i) => row.map((x, j) => (x === null ? null : f(x, i, j))))
const shuffle = <T>(xs: readonly T[], rnd: () => number): T[] => {
  const a = [...xs]
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[a[i], a[j]] = [a[j]!, a[i]!]
  }
  return a
}
const permuteColumns = (m: Rating[][], order: number[]) => m.map((row) => order.map((j) => row[j]!))

function everyStatistic(m: Rating[][]): Record<string, number | null> {
  const out: Record<string, number | null> = {}
  const i = icc(m)
  for (const f of ICC_FORMS) out[f] = i.value?.forms[f].value ?? null
  out.W = kendallW(m).value?.W ?? null
  for (const l of ALPHA_LEVELS) out[`alpha.${l}`] = krippendorffAlpha(m, l).value?.alpha ?? null
  return out
}

function expectSame(a: Record<string, number | null>, b: Record<string, number | null>, keys = Object.keys(a)) {
  for (const k of keys) {
    if (a[k] === null) expect(b[k], k).toBeNull()
    else expect(b[k], k).toBeCloseTo(a[k]!, 10)
  }
}

describe('invariances of the agreement statistics (seeded random panels)', () => {
  it('permuting raters or subjects changes no statistic (complete and with missing ratings)', () => {
    for (const seed of SEEDS) {
      for (const missing of [0, 0.2]) {
        const m = randomMatrix(seed, missing)
        const rnd = mulberry32(seed ^ 0xabc)
        const base = everyStatistic(m)
        const cols = shuffle(m[0]!.map((_, j) => j), rnd)
        expectSame(base, everyStatistic(permuteColumns(m, cols)))
        expectSame(base, everyStatistic(shuffle(m, rnd)))
      }
    }
  })

  it('adding a constant to one rater leaves ICC(3,1) and ICC(3,k) unchanged (consistency forms)', () => {
    for (const seed of SEEDS) {
      const m = randomMatrix(seed)
      const shifted = map(m, (x, _i, j) => (j === 1 ? x + 7.5 : x))
      const a = everyStatistic(m)
      const b = everyStatistic(shifted)
      expectSame(a, b, ['ICC3', 'ICC3k'])
    }
    // …while the absolute-agreement forms do change: the check above is not vacuous
    const m = randomMatrix(SEEDS[0]!)
    expect(everyStatistic(map(m, (x, _i, j) => (j === 1 ? x + 7.5 : x))).ICC2).not.toBeCloseTo(everyStatistic(m).ICC2!, 3)
  })

  it('scaling all ratings by a positive factor leaves every ICC, W and every alpha unchanged', () => {
    for (const seed of SEEDS) {
      const m = randomMatrix(seed, 0.1)
      expectSame(everyStatistic(m), everyStatistic(map(m, (x) => x * 3.7)))
    }
  })

  it('shifting all ratings leaves every ICC, W and interval alpha unchanged, but not ratio alpha', () => {
    let ratioChanged = 0
    for (const seed of SEEDS) {
      const m = randomMatrix(seed, 0.1)
      const a = everyStatistic(m)
      const b = everyStatistic(map(m, (x) => x + 20))
      expectSame(a, b, [...ICC_FORMS, 'W', 'alpha.nominal', 'alpha.ordinal', 'alpha.interval'])
      const before = a['alpha.ratio'] ?? null
      const after = b['alpha.ratio'] ?? null
      if (before !== null && after !== null && Math.abs(before - after) > 1e-6) ratioChanged++
    }
    // ratio alpha measures differences relative to the sum: a shift of the origin changes it
    expect(ratioChanged).toBeGreaterThan(SEEDS.length / 2)
  })

  it('ordinal alpha and W depend only on the order of the values; nominal only on their identity', () => {
    for (const seed of SEEDS) {
      const m = randomMatrix(seed, 0.15)
      const a = everyStatistic(m)
      const monotone = everyStatistic(map(m, (x) => Math.exp(x / 3) + x ** 3))
      expectSame(a, monotone, ['W', 'alpha.ordinal', 'alpha.nominal'])
      // a relabelling that breaks the order keeps nominal alpha only
      const relabel = everyStatistic(map(m, (x) => (x * 7) % 11))
      expectSame(a, relabel, ['alpha.nominal'])
    }
  })

  it('ICC with listwise deletion equals ICC of the complete rows alone', () => {
    for (const seed of SEEDS) {
      const m = randomMatrix(seed, 0.1)
      const complete = m.filter((r) => r.every((x) => x !== null))
      const a = icc(m)
      const b = icc(complete)
      if (a.value === null) expect(b.value).toBeNull()
      else for (const f of ICC_FORMS) expect(a.value.forms[f].value).toBe(b.value!.forms[f].value)
    }
  })
})
