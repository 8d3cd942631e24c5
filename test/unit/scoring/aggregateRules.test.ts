import { describe, expect, it } from 'vitest'
import {
  AGGREGATION_RULE_TEXT,
  fitZNormaliser,
  meanRule,
  PANEL_LEVEL_RULE_TEXT,
  panelKeyLevels,
  panelLevel,
  trimmedMeanRule,
  zNormalisedRule,
  zNormalisedTotal,
} from '../../../src/core/scoring/aggregateRules'
import { capByKeyItems } from '../../../src/core/scoring/keyItemCap'
import type { Level } from '../../../src/core/domain/rubric'
import { mulberry32 } from '../../../src/core/util/prng'

describe('aggregation rules', () => {
  it('mean and trimmed mean, two decimals; the trimmed mean says when it falls back', () => {
    expect(meanRule([80, 85, 91])).toEqual({ rule: 'mean', value: 85.33, note: null })
    expect(meanRule([]).value).toBeNull()
    expect(trimmedMeanRule([60, 80, 85, 90, 99])).toEqual({ rule: 'trimmedMean', value: 85, note: null })
    const fb = trimmedMeanRule([60, 80, 99])
    expect(fb.value).toBe(79.67)
    expect(fb.note).toContain('不足 5 个')
  })

  it('z-normalised: each expert standardised over their sheets, mapped back to the campaign scale', () => {
    // expert a: 70, 80, 90 (mean 80, s 10); expert b: 84, 86, 88 (mean 86, s 2)
    // all six totals: mean 83, sample SD √(Σ(x − 83)²/5) = √((13² + 3² + 7² + 1² + 3² + 5²)/5) = √(262/5)
    const n = fitZNormaliser([
      { expertId: 'a', totals: [70, 80, 90] },
      { expertId: 'b', totals: [84, 86, 88] },
    ])!
    expect(n.scaleMean).toBe(83)
    expect(n.scaleSd).toBeCloseTo(Math.sqrt(262 / 5), 14)
    // a's 90 is z = +1, b's 88 is z = +1: both map to 83 + √(254/5)
    expect(zNormalisedTotal(n, 'a', 90)).toBeCloseTo(83 + Math.sqrt(262 / 5), 12)
    expect(zNormalisedTotal(n, 'b', 88)).toBeCloseTo(83 + Math.sqrt(262 / 5), 12)
    // panel of a (80, z 0) and b (84, z −1): mean of 83 and 83 − √(254/5)
    const r = zNormalisedRule(n, [
      { expertId: 'a', total: 80 },
      { expertId: 'b', total: 84 },
    ])
    expect(r).toMatchObject({ rule: 'zNormalised', note: null })
    expect(r.value).toBe(Math.round((83 - Math.sqrt(262 / 5) / 2) * 100) / 100)
  })

  it('z-normalised keeps the campaign mean: the mean of all normalised totals is the mean of all totals', () => {
    const rnd = mulberry32(7)
    const experts = ['e1', 'e2', 'e3', 'e4'].map((expertId, i) => ({
      expertId,
      totals: Array.from({ length: 12 }, () => Math.round((60 + i * 4 + rnd() * 30) * 100) / 100),
    }))
    const n = fitZNormaliser(experts)!
    const mapped = experts.flatMap((e) => e.totals.map((t) => zNormalisedTotal(n, e.expertId, t)))
    expect(mapped.reduce((s, x) => s + x, 0) / mapped.length).toBeCloseTo(n.scaleMean, 10)
  })

  it('z-normalised says which experts could not be standardised, and falls back without a campaign spread', () => {
    const n = fitZNormaliser([
      { expertId: 'a', totals: [70, 80, 90] },
      { expertId: 'b', totals: [85] },
    ])!
    expect(n.experts.b).toBeNull()
    const r = zNormalisedRule(n, [{ expertId: 'b', total: 85 }])
    expect(r.value).toBe(85)
    expect(r.note).toContain('专家 b')
    expect(fitZNormaliser([{ expertId: 'a', totals: [80] }])).toBeNull()
    const none = zNormalisedRule(null, [{ expertId: 'a', total: 80 }, { expertId: 'b', total: 90 }])
    expect(none).toMatchObject({ rule: 'zNormalised', value: 85 })
    expect(none.note).toContain('无法标准化')
  })

  it('every rule is stated as a Chinese sentence', () => {
    for (const text of [...Object.values(AGGREGATION_RULE_TEXT), PANEL_LEVEL_RULE_TEXT]) expect(text).toMatch(/[\u4e00-\u9fff]+。$/)
    expect(Object.keys(AGGREGATION_RULE_TEXT).sort()).toEqual(['mean', 'trimmedMean', 'zNormalised'])
  })
})

describe('★ panel level: median of the experts’ levels, a tie to the lower level', () => {
  it('takes the middle level of an odd panel and the lower of the two middle levels of an even one', () => {
    expect(panelLevel(['A', 'B', 'D', 'A', 'C'])).toBe('B')
    expect(panelLevel(['A', 'A', 'B', 'B'])).toBe('B')
    expect(panelLevel(['C', 'D'])).toBe('D')
    expect(panelLevel(['A'])).toBe('A')
    expect(panelLevel([])).toBeNull()
  })

  it('is a lower median: fewer than half of the levels lie strictly below it, at most half strictly above (seeded)', () => {
    const rnd = mulberry32(11)
    const order: Level[] = ['D', 'C', 'B', 'A']
    for (let t = 0; t < 200; t++) {
      const levels = Array.from({ length: 1 + Math.floor(rnd() * 7) }, () => order[Math.floor(rnd() * 4)]!)
      const p = panelLevel(levels)!
      const below = levels.filter((l) => order.indexOf(l) < order.indexOf(p)).length
      const above = levels.filter((l) => order.indexOf(l) > order.indexOf(p)).length
      expect(below * 2).toBeLessThan(levels.length)
      expect(above * 2).toBeLessThanOrEqual(levels.length)
    }
  })

  it('applies the ★ caps to the panel levels', () => {
    const sheets = [
      { entries: { k1: { level: 'D' as const }, k2: { level: 'A' as const }, n1: { level: 'D' as const } } },
      { entries: { k1: { level: 'D' as const }, k2: { level: 'B' as const } } },
      { entries: { k1: { level: 'C' as const }, k2: { level: 'D' as const } } },
      { entries: { k1: { level: 'B' as const }, k2: {} } },
    ]
    const p = panelKeyLevels(['k1', 'k2'], sheets)
    // k1: D D C B → lower median D; k2: A B D → median B (an entry without a level is not counted)
    expect(p.levels).toEqual({ k1: 'D', k2: 'B' })
    expect(p.keyAtD).toEqual(['k1'])
    expect(capByKeyItems('A', p.keyAtD)).toEqual({ grade: 'C', reason: expect.stringContaining('k1') })
    expect(capByKeyItems('A', ['x', 'y', 'z']).grade).toBe('D')
    expect(capByKeyItems('D', ['x'])).toEqual({ grade: 'D' })
  })
})
