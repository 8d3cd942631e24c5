import { describe, expect, it } from 'vitest'
import { masterTeacherTemplate as rubric } from '../../../src/core/rubric/templates/masterTeacher'
import { researchAchievementTemplate } from '../../../src/core/rubric/templates/researchAchievement'
import { allIndicators } from '../../../src/core/rubric/indicators'
import { sheetResult } from '../../../src/core/scoring/sheetResult'
import { awardLevelFor, failedEligibility, tallyVetoes, twoThirds } from '../../../src/core/scoring/panelRules'

const allB = { entries: Object.fromEntries(allIndicators(rubric).map((i) => [i.code, { level: 'B' as const }])) }
const passAll = Object.fromEntries(rubric.eligibility.map((e) => [e.code, 'pass' as const]))

describe('eligibility, bonus and vetoes on one sheet', () => {
  it('needs every eligibility item answered before the sheet is complete', () => {
    expect(sheetResult(rubric, allB).complete).toBe(false)
    expect(sheetResult(rubric, allB).eligibilityPending).toHaveLength(rubric.eligibility.length)
    expect(sheetResult(rubric, { ...allB, eligibility: passAll }).complete).toBe(true)
  })

  it('marks a sheet 不予评定 when an eligibility item fails', () => {
    const r = sheetResult(rubric, { ...allB, eligibility: { ...passAll, E2: 'fail' } })
    expect(r.eligibilityFailed).toEqual(['E2'])
    expect(r.notRated).toContain('E2')
  })

  it('adds bonus points per item up to each item’s points and the cap', () => {
    const items = rubric.bonus!.items
    const all = Object.fromEntries(items.map((b) => [b.code, b.points + 10]))
    const r = sheetResult(rubric, { ...allB, eligibility: passAll, bonus: all })
    expect(r.bonus).toBe(Math.min(rubric.bonus!.cap, items.reduce((s, b) => s + b.points, 0)))
    expect(r.total).toBe(80 + r.bonus)
    expect(r.total).toBeLessThanOrEqual(r.max)
    expect(r.max).toBe(100 + rubric.bonus!.cap)
  })

  it('lists the vetoes this expert raised', () => {
    const r = sheetResult(rubric, { ...allB, vetoFlags: { V2: { evidence: '论文查重率 62%' } } })
    expect(r.vetoFlags).toEqual(['V2'])
  })
})

describe('panel rules', () => {
  it('needs ⌈2/3⌉ of the panel to confirm a veto', () => {
    expect([3, 5, 6, 7, 9].map(twoThirds)).toEqual([2, 4, 4, 5, 6])
    const flag = { vetoFlags: { V1: { evidence: '有据' } } }
    const none = { vetoFlags: {} }
    // panel of 5: 3 flags are not enough, 4 are
    expect(tallyVetoes(rubric, 5, [flag, flag, flag, none, none])[0]).toMatchObject({ code: 'V1', count: 3, needed: 4, confirmed: false })
    expect(tallyVetoes(rubric, 5, [flag, flag, flag, flag, none])[0]!.confirmed).toBe(true)
    // only two of five submitted, both flag: 2 < 4, not confirmed (the whole panel counts)
    expect(tallyVetoes(rubric, 5, [flag, flag])[0]!.confirmed).toBe(false)
    expect(tallyVetoes(rubric, 0, [])).toEqual([])
  })

  it('fails eligibility when more than half of the submitted sheets say so', () => {
    const fail = { eligibility: { E1: 'fail' as const } }
    const pass = { eligibility: { E1: 'pass' as const } }
    expect(failedEligibility(rubric, [fail, pass, pass])).toEqual([])
    expect(failedEligibility(rubric, [fail, fail, pass])).toEqual(['E1'])
    expect(failedEligibility(rubric, [fail, pass])).toEqual([])
  })

  it('gives the highest award level reached (教科研成果: 特等奖 needs a vote)', () => {
    const levels = researchAchievementTemplate.awardLevels
    expect(awardLevelFor(levels, 93)).toMatchObject({ label: '特等奖', requiresVote: true })
    expect(awardLevelFor(levels, 92)!.label).toBe('特等奖')
    expect(awardLevelFor(levels, 91.99)!.label).toBe('一等奖')
    expect(awardLevelFor(levels, 75)!.label).toBe('二等奖')
    expect(awardLevelFor(levels, 74.99)).toBeNull()
  })
})
