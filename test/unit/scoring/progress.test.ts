import { describe, expect, it } from 'vitest'
import { campaignProgress } from '../../../src/core/scoring/progress'
import type { Campaign } from '../../../src/core/domain/workspace'

type Shape = Pick<Campaign, 'assignments' | 'expertIds' | 'submissions'>

function campaign(experts: number, submissions: number, panels: Record<number, number[]> = {}): Shape {
  const expertIds = Array.from({ length: experts }, (_, i) => `e${i}`) as Campaign['expertIds']
  const subs = Array.from({ length: submissions }, (_, i) => ({ id: `s${i}`, school: `学校${i}`, program: '专业' })) as unknown as Campaign['submissions']
  const assignments = Object.fromEntries(Object.entries(panels).map(([s, members]) => [`s${s}`, { expertIds: members.map((m) => `e${m}`) }])) as unknown as Campaign['assignments']
  return { expertIds, submissions: subs, assignments }
}

const none = () => false

describe('campaignProgress: expected sheets follow the drawn panels', () => {
  it.each([
    { name: '7 experts × 4 submissions, panels of 3', c: campaign(7, 4, { 0: [0, 1, 2], 1: [3, 4, 5], 2: [6, 0, 1], 3: [2, 3, 4] }), expected: 12 },
    { name: 'before any draw: every expert × every submission', c: campaign(7, 4), expected: 28 },
    { name: 'a partial draw: undrawn submissions expect nobody', c: campaign(7, 4, { 0: [0, 1, 2] }), expected: 3 },
    { name: 'no experts', c: campaign(0, 4), expected: 0 },
    { name: 'no submissions', c: campaign(7, 0), expected: 0 },
  ])('$name → $expected', ({ c, expected }) => {
    const p = campaignProgress(c, (id) => id, none)
    expect(p.expected).toBe(expected)
    expect(p.byExpert.reduce((n, l) => n + l.expected, 0)).toBe(expected)
    expect(p.bySubmission.reduce((n, l) => n + l.expected, 0)).toBe(expected)
    expect(p.submitted).toBe(0)
  })

  it('counts a submitted sheet only for a pair still assigned', () => {
    const c = campaign(7, 4, { 0: [0, 1, 2], 1: [3, 4, 5], 2: [6, 0, 1], 3: [2, 3, 4] })
    // e0 submitted s0 (assigned) and s1 (not on its panel: counts nowhere)
    const p = campaignProgress(c, (id) => `专家${id}`, (e, s) => e === 'e0' && (s === 's0' || s === 's1'))
    expect(p.submitted).toBe(1)
    expect(p.byExpert.find((l) => l.key === 'e0')).toEqual({ key: 'e0', label: '专家e0', done: 1, expected: 2 })
    expect(p.bySubmission.find((l) => l.key === 's1')).toMatchObject({ label: '学校1「专业」', done: 0, expected: 3 })
  })
})
