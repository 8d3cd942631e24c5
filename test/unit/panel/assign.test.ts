import { describe, expect, it } from 'vitest'
import type { ExpertId } from '../../../src/core/domain/ids'
import { autoAssign, canonicalAssignmentHash, type AutoAssignInput } from '../../../src/core/panel/assign'
import { conflictMatrix } from '../../../src/core/panel/conflicts'
import { seededShuffle, seededRandom, seedToUint32 } from '../../../src/core/panel/seed'
import { panelViolations, spread } from './checkPanels'
import { defaultSettings, expert, generateInstance, GROUP_NAMES, submission } from './generate'

const YEAR = 2025

function instance(subs: number, experts: number, over: Parameters<typeof defaultSettings>[0] = {}, seed = 'draw-2025') {
  const data = generateInstance(subs, experts)
  const settings = defaultSettings(over)
  const matrix = conflictMatrix(data.experts, data.submissions, settings, YEAR)
  return { ...data, settings, matrix, seed, groupNames: GROUP_NAMES } satisfies AutoAssignInput
}

function draw(input: AutoAssignInput) {
  const r = autoAssign(input)
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'))
  return r
}

describe('autoAssign on 200 submissions × 40 experts', () => {
  const input = instance(200, 40)

  it('the instance has real conflicts to avoid', () => {
    expect(Object.values(input.matrix).filter((p) => p.status === 'blocked').length).toBeGreaterThan(50)
  })

  it('keeps every rule on every panel and balances loads to within 1', () => {
    const r = draw(input)
    expect(panelViolations(input, r.assignments, r.load)).toEqual([])
    expect(spread(r.load)).toBeLessThanOrEqual(1)
  })

  it('keeps the cap when it is exactly tight (40 × 25 = 1,000 seats), using the repair step', () => {
    const capped = { ...input, settings: { ...input.settings, expertCap: 25 } }
    for (const seed of ['a', 'b', 'c']) {
      const r = draw({ ...capped, seed })
      expect(panelViolations(capped, r.assignments, r.load)).toEqual([])
      expect(Math.max(...Object.values(r.load))).toBe(25)
    }
  })

  it('is reproducible with the same seed and differs with another', () => {
    const a = draw(input)
    const b = draw({ ...input, seed: input.seed })
    const c = draw({ ...input, seed: 'draw-2025-b' })
    expect(canonicalAssignmentHash(b.assignments)).toBe(canonicalAssignmentHash(a.assignments))
    expect(canonicalAssignmentHash(c.assignments)).not.toBe(canonicalAssignmentHash(a.assignments))
    const changed = input.submissions.filter((s) => a.assignments[s.id]!.expertIds.join() !== c.assignments[s.id]!.expertIds.join())
    expect(changed.length).toBeGreaterThan(100)
  })
})

describe('autoAssign: repair and existing panels', () => {
  // g1 has two experts with cap 2 and two g1 submissions needing 2 field members each: they must not be
  // spent on the free seats of the g2 panels. A plain greedy fails on some seeds; the repair must fix all.
  const experts = [
    expert('a1', '长沙市机电技师学院', ['g1']),
    expert('a2', '株洲市机电技师学院', ['g1']),
    ...['广州', '深圳', '武汉', '南京'].map((c, i) => expert(`b${i}`, `${c}市工贸技师学院`, ['g2'])),
  ]
  const submissions = [
    submission('p1', '成都市交通技师学院', 'g1'),
    submission('p2', '西安市交通技师学院', 'g1'),
    submission('q1', '成都市汽车技师学院', 'g2'),
    submission('q2', '西安市汽车技师学院', 'g2'),
  ]
  const settings = defaultSettings({ size: 3, expertCap: 2 })
  const base = { submissions, experts, settings, matrix: conflictMatrix(experts, submissions, settings, YEAR), seed: '' }

  it('solves a tight instance for every seed, repairing when the greedy order runs out', () => {
    let repairs = 0
    for (let i = 0; i < 60; i++) {
      const r = draw({ ...base, seed: `seed-${i}` })
      expect(panelViolations(base, r.assignments, r.load)).toEqual([])
      repairs += r.stats.repairs
    }
    expect(repairs).toBeGreaterThan(0)
  })

  it('keeps whole existing panels with their chair, and tops up partial ones', () => {
    const input = instance(40, 40)
    const first = draw(input)
    const kept = input.submissions[0]!.id
    const partial = input.submissions[1]!.id
    const keptPanel = { ...first.assignments[kept]!, chairId: first.assignments[kept]!.expertIds[2] as ExpertId }
    const seated = first.assignments[partial]!.expertIds.slice(0, 2)
    const r = draw({ ...input, seed: 'other', existing: { [kept]: keptPanel, [partial]: { expertIds: seated } } })
    expect(r.assignments[kept]).toEqual(keptPanel)
    expect(r.assignments[partial]!.expertIds.slice(0, 2)).toEqual(seated)
    expect(panelViolations(input, r.assignments, r.load)).toEqual([])
  })
})

describe('seed and hash', () => {
  it('hashes a string seed with FNV-1a (32-bit)', () => {
    expect(seedToUint32('')).toBe(0x811c9dc5)
    expect(seedToUint32('a')).toBe(0xe40c292c)
    expect(seededShuffle([1, 2, 3, 4, 5], seededRandom('x'))).toEqual(seededShuffle([1, 2, 3, 4, 5], seededRandom('x')))
  })

  it('hashes assignments canonically: key order does not matter, content does', () => {
    const a = { s1: { expertIds: ['e1', 'e2'] as ExpertId[], chairId: 'e1' as ExpertId }, s2: { expertIds: ['e3'] as ExpertId[] } }
    const b = { s2: { expertIds: ['e3'] as ExpertId[] }, s1: { chairId: 'e1' as ExpertId, expertIds: ['e1', 'e2'] as ExpertId[] } }
    expect(canonicalAssignmentHash(a)).toMatch(/^[0-9a-f]{64}$/)
    expect(canonicalAssignmentHash(b)).toBe(canonicalAssignmentHash(a))
    expect(canonicalAssignmentHash({ ...a, s2: { expertIds: ['e4'] as ExpertId[] } })).not.toBe(canonicalAssignmentHash(a))
  })
})

describe('performance sanity (printed, not asserted)', () => {
  it('1,000 submissions × 60 experts, panel 5', () => {
    const data = generateInstance(1000, 60)
    const settings = defaultSettings()
    const t0 = performance.now()
    const matrix = conflictMatrix(data.experts, data.submissions, settings, YEAR)
    const t1 = performance.now()
    const input = { ...data, settings, matrix, seed: 'perf', groupNames: GROUP_NAMES }
    const r = draw(input)
    const t2 = performance.now()
    expect(panelViolations(input, r.assignments, r.load)).toEqual([])
    // a print for the report; the logger is quiet under vitest, so console is used on purpose
    console.log(
      `[panel perf] 1000 × 60, size 5: conflict matrix ${(t1 - t0).toFixed(0)} ms, draw ${(t2 - t1).toFixed(0)} ms, ` +
        `load spread ${spread(r.load)}, repairs ${r.stats.repairs}, balancing moves ${r.stats.moves}`,
    )
  })
})
