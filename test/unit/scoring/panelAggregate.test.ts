import { describe, expect, it } from 'vitest'
import { campaignNormaliser, panelAggregate, panelGrade, ruleStatement } from '../../../src/core/scoring/panelAggregate'
import { AGGREGATION_RULE_TEXT, PANEL_LEVEL_RULE_TEXT } from '../../../src/core/scoring/aggregateRules'
import type { Level } from '../../../src/core/domain/rubric'

const sheet = (expertId: string, total: number, base = total) => ({ expertId, total, base })

describe('panelAggregate: the campaign declared rule on one panel', () => {
  it('trimmed mean drops one highest and one lowest with 5 sheets', () => {
    const a = panelAggregate('trimmedMean', [sheet('a', 70), sheet('b', 80), sheet('c', 82), sheet('d', 84), sheet('e', 99)])
    expect(a).toMatchObject({ applied: 'trimmedMean', value: 82, dropped: { lowest: 70, highest: 99 }, note: null })
  })

  it('trimmed mean with 4 sheets falls back to the mean and says it cannot trim', () => {
    const a = panelAggregate('trimmedMean', [sheet('a', 70), sheet('b', 80), sheet('c', 82), sheet('d', 85)])
    expect(a.applied).toBe('mean')
    expect(a.value).toBe(79.25)
    expect(a.note).toContain('不足 5 名')
  })

  it('z-normalised: each expert standardised over their own sheets, mapped back to the campaign scale', () => {
    // A scored 80 and 90, B 60 and 70: all totals mean 75, sample SD √(500/3); each expert's z of their lower sheet is −1/√2
    const n = campaignNormaliser([sheet('A', 80), sheet('A', 90), sheet('B', 60), sheet('B', 70)])
    const a = panelAggregate('zNormalised', [sheet('A', 80), sheet('B', 60)], n)
    const expected = 75 + Math.sqrt(500 / 3) * (-1 / Math.sqrt(2))
    expect(a.applied).toBe('zNormalised')
    expect(a.value).toBe(Math.round(expected * 100) / 100)
    expect(a.scaled.A).toBeCloseTo(expected, 9)
    expect(a.scaled.B).toBeCloseTo(expected, 9)
  })

  it('z-normalised: adding a constant to every total of one expert changes no result', () => {
    const sheets = [sheet('A', 81), sheet('A', 93), sheet('A', 77), sheet('B', 62), sheet('B', 75), sheet('B', 70), sheet('C', 88), sheet('C', 90), sheet('C', 70)]
    const shifted = sheets.map((s) => (s.expertId === 'B' ? sheet('B', s.total + 12.5) : s))
    const panels = [[0, 3, 6], [1, 4, 7], [2, 5, 8]]
    // each sheet's standing on the campaign scale, (x' − M)/S, is the expert's own z: a shift of one expert changes none
    const standings = (all: typeof sheets) => {
      const n = campaignNormaliser(all)!
      return panels.flatMap((p) => Object.values(panelAggregate('zNormalised', p.map((i) => all[i]!), n).scaled).map((x) => (x - n.scaleMean) / n.scaleSd))
    }
    const before = standings(sheets)
    standings(shifted).forEach((z, i) => expect(z).toBeCloseTo(before[i]!, 9))
    // and the plain mean would have moved B's panels
    expect(panelAggregate('mean', [shifted[3]!]).value).not.toBe(panelAggregate('mean', [sheets[3]!]).value)
  })

  it('z-normalised without spread falls back to the mean with a note', () => {
    const a = panelAggregate('zNormalised', [sheet('A', 80), sheet('B', 80)], campaignNormaliser([sheet('A', 80), sheet('B', 80)]))
    expect(a).toMatchObject({ applied: 'mean', value: 80 })
    expect(a.note).toContain('无法标准化')
  })

  it('states the rule, and the ★ rule when the rubric has ★ items', () => {
    expect(ruleStatement('mean', false)).toBe(AGGREGATION_RULE_TEXT.mean)
    expect(ruleStatement('zNormalised', true)).toBe(AGGREGATION_RULE_TEXT.zNormalised + PANEL_LEVEL_RULE_TEXT)
  })
})

describe('panelGrade: ★ caps on the panel median levels', () => {
  const sheets = (levels: Level[]) => levels.map((level) => ({ entries: { k1: { level } } }))
  it('median D (a tie goes to the lower level) caps the grade at C', () => {
    expect(panelGrade('A', ['k1'], sheets(['A', 'D', 'D', 'B']))).toMatchObject({ grade: 'C', keyLevels: { k1: 'D' } })
    expect(panelGrade('B', ['k1'], sheets(['B', 'D']))).toMatchObject({ grade: 'C' })
  })
  it('one expert at D on a panel of 5 does not cap: the median is B', () => {
    expect(panelGrade('A', ['k1'], sheets(['A', 'D', 'B', 'B', 'A']))).toEqual({ grade: 'A', capReason: null, keyLevels: { k1: 'B' } })
  })
  it('three ★ indicators at D give D', () => {
    const s = [0, 1, 2].map(() => ({ entries: { k1: { level: 'D' as Level }, k2: { level: 'D' as Level }, k3: { level: 'D' as Level } } }))
    expect(panelGrade('A', ['k1', 'k2', 'k3'], s).grade).toBe('D')
  })
})
