import { describe, expect, it } from 'vitest'
import type { ExpertId } from '../../../src/core/domain/ids'
import type { Assignment } from '../../../src/core/domain/workspace'
import { autoAssign } from '../../../src/core/panel/assign'
import { conflictMatrix } from '../../../src/core/panel/conflicts'
import { drawDiff } from '../../../src/core/panel/drawPreview'
import { planDraw, type PlanDrawInput } from '../../../src/core/panel/redraw'
import { hasSavedWork, type WorkHolder } from '../../../src/core/panel/scoredWork'
import { defaultSettings, expert, GROUP_NAMES, schoolNames, submission } from './generate'

const YEAR = 2025

/** 9 experts of group g2 at distinct units, 6 g2 submissions at other schools, panels of 3. */
function base(over: Partial<PlanDrawInput> = {}): PlanDrawInput {
  const schools = schoolNames(15)
  const experts = Array.from({ length: 9 }, (_, i) => expert(`e${i}`, schools[i]!, ['g2']))
  const submissions = Array.from({ length: 6 }, (_, i) => submission(`s${i}`, schools[9 + i]!, 'g2'))
  const settings = defaultSettings({ size: 3 })
  return {
    submissions,
    experts,
    settings,
    matrix: conflictMatrix(experts, submissions, settings, YEAR),
    seed: 'first',
    current: {},
    holders: new Map(),
    keepExisting: false,
    partial: false,
    groupNames: GROUP_NAMES,
    ...over,
  }
}

function firstDraw(input: PlanDrawInput): Record<string, Assignment> {
  const r = autoAssign({ ...input, seed: 'first' })
  if (!r.ok) throw new Error('first draw failed')
  return r.assignments
}

const holder = (expertId: string, submitted: boolean): WorkHolder => ({ expertId: expertId as ExpertId, submitted })

describe('a re-draw never takes scored work out of the results (issue 9 item 1)', () => {
  it('keeps every panel with saved work exactly, and draws the rest anew', () => {
    const input = base()
    const current = firstDraw(input)
    // s0 fully submitted by its panel; s1 has one draft with a single score
    const holders = new Map([
      ['s0', current.s0!.expertIds.map((id) => holder(id, true))],
      ['s1', [holder(current.s1!.expertIds[1]!, false)]],
    ])
    // many seeds: each must keep s0 and s1 exactly
    let changedElsewhere = 0
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const r = planDraw({ ...input, seed, current, holders })
      expect(r.ok).toBe(true)
      if (!r.ok) continue
      expect(r.assignments.s0).toEqual(current.s0)
      expect(r.assignments.s1).toEqual(current.s1)
      expect(r.kept.sort()).toEqual(['s0', 's1'])
      for (const id of ['s2', 's3', 's4', 's5']) {
        expect(r.assignments[id]!.expertIds).toHaveLength(3)
        if (r.assignments[id]!.expertIds.join() !== current[id]!.expertIds.join()) changedElsewhere++
      }
    }
    // the rest really is drawn again (another seed, other panels)
    expect(changedElsewhere).toBeGreaterThan(0)
  })

  it('before any draw, a scored submission keeps exactly the experts who scored it', () => {
    const input = base()
    const holders = new Map([['s2', [holder('e4', true), holder('e7', false)]]])
    const r = planDraw({ ...input, seed: 'x', holders })
    expect(r.ok && r.assignments.s2!.expertIds.sort()).toEqual(['e4', 'e7'])
  })

  it('counts saved work: a submitted sheet, a score, a comment; not a sheet cleared again', () => {
    const blank = { status: 'draft' as const, entries: {}, eligibility: {}, vetoFlags: {}, bonus: {}, comment: '' }
    expect(hasSavedWork(blank)).toBe(false)
    expect(hasSavedWork({ ...blank, comment: '  ' })).toBe(false)
    expect(hasSavedWork({ ...blank, comment: '材料齐全' })).toBe(true)
    expect(hasSavedWork({ ...blank, entries: { '1.1': { level: 'A' } } })).toBe(true)
    expect(hasSavedWork({ ...blank, status: 'submitted' })).toBe(true)
    expect(hasSavedWork(undefined)).toBe(false)
  })

  it('the preview names kept, changed and new panels and the experts who join or leave', () => {
    const input = base()
    const current = firstDraw(input)
    const holders = new Map([['s0', current.s0!.expertIds.map((id) => holder(id, true))]])
    const r = planDraw({ ...input, seed: 'other', current, holders })
    if (!r.ok) throw new Error('draw failed')
    const diff = drawDiff({ ...input, current, next: r.assignments, kept: r.kept, notDrawn: r.notDrawn, holders })
    const s0 = diff.rows.find((x) => x.submissionId === 's0')!
    expect(s0).toMatchObject({ status: 'kept', saved: { sheets: 3, submitted: 3 } })
    expect(s0.after).toEqual(s0.before)
    expect(diff.counts.kept + diff.counts.changed + diff.counts.unchanged).toBe(6)
    // every seat that moved shows up once as joined and once as left
    const joined = diff.experts.reduce((n, e) => n + e.added.length, 0)
    const left = diff.experts.reduce((n, e) => n + e.removed.length, 0)
    expect(joined).toBe(left)
    expect(joined).toBeGreaterThan(0)
    for (const e of diff.experts) expect(e.removed.join()).not.toContain('专业s0')
  })
})

describe('an infeasible draw can draw its feasible part (issue 9 item 17)', () => {
  it('leaves out the submissions that cannot get a panel, draws the others, and says why', () => {
    const input = base()
    // s5 belongs to a 协作组 no expert covers: 2 of 3 members must come from it
    input.submissions = input.submissions.map((s) => (s.id === 's5' ? { ...s, groupId: 'g7' as never } : s))
    const refused = planDraw(input)
    expect(refused).toMatchObject({ ok: false, partialPossible: true })
    if (!refused.ok) expect(refused.problems.map((p) => p.submissionId)).toEqual(['s5'])
    const r = planDraw({ ...input, partial: true })
    if (!r.ok) throw new Error('partial draw failed')
    expect(r.assignments.s5).toBeUndefined()
    expect(r.notDrawn.map((n) => n.submissionId)).toEqual(['s5'])
    expect(r.notDrawn[0]!.problems[0]!.message).toContain('组只有 0 名无回避专家')
    for (const id of ['s0', 's1', 's2', 's3', 's4']) expect(r.assignments[id]!.expertIds).toHaveLength(3)
  })

  it('cannot help when the problem is the pool itself (panel larger than the pool)', () => {
    const input = base({ settings: defaultSettings({ size: 11 }) })
    expect(planDraw({ ...input, partial: true })).toMatchObject({ ok: false, partialPossible: false })
  })

  it('a left-out scored submission keeps its panel', () => {
    const input = base()
    const current = firstDraw(input)
    const holders = new Map([['s3', [holder(current.s3!.expertIds[0]!, true)]]])
    // a conflict found after scoring: the scored panel now has a blocked member
    const blockedId = current.s3!.expertIds[0]!
    const decisions = { [`${blockedId}:s3`]: { decision: 'conflict' as const, reason: '后查明曾任职', at: '2025-01-01' } }
    const matrix = conflictMatrix(input.experts, input.submissions, input.settings, YEAR, decisions)
    const r = planDraw({ ...input, matrix, current, holders, seed: 'z', partial: true })
    if (!r.ok) throw new Error('partial draw failed')
    expect(r.assignments.s3).toEqual(current.s3)
    expect(r.notDrawn.map((n) => n.submissionId)).toEqual(['s3'])
  })
})
