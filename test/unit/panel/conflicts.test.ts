import { describe, expect, it } from 'vitest'
import type { ConflictDecision } from '../../../src/core/domain/workspace'
import { conflictMatrix, findConflicts, pairKey, pairStatus } from '../../../src/core/panel/conflicts'
import { defaultSettings, expert, submission } from './generate'

const settings = defaultSettings() // formerUnitYears 3, relationYears 3
const YEAR = 2025
const school = '广州市机电技师学院'
const sub = submission('s1', school, 'g1', { applicant: '王芳' })
const other = '长沙市交通技师学院'

const find = (over: Parameters<typeof expert>[3], unit = other) => findConflicts(expert('e1', unit, ['g1'], over), sub, settings, YEAR)

describe('findConflicts: same unit', () => {
  it('is certain when the units are the same, naming both', () => {
    expect(findConflicts(expert('e1', school, ['g1']), sub, settings, YEAR)).toEqual([
      { level: 'certain', rule: 'sameUnit', reason: '专家工作单位「广州市机电技师学院」与申报单位「广州市机电技师学院」相同' },
    ])
    expect(find({}, '广州机电技师学院')[0]).toMatchObject({ level: 'certain', rule: 'sameUnit' })
  })

  it('is suspected when the names are only similar', () => {
    const c = find({}, '广机电')
    expect(c).toEqual([{ level: 'suspected', rule: 'sameUnit', reason: expect.stringContaining('名称相近') }])
  })

  it('finds nothing for another school in the same city', () => {
    expect(find({}, '广州市工贸技师学院')).toEqual([])
  })
})

describe('findConflicts: former unit within N years', () => {
  const former = (to: number, unit = school) => find({ formerUnits: [{ unit, from: 2010, to }] })

  it('counts a unit left exactly N years ago, not N + 1', () => {
    expect(former(YEAR - 3)).toEqual([
      { level: 'certain', rule: 'formerUnit', reason: '专家曾在「广州市机电技师学院」工作（2010—2022 年，在 3 年回避期内），与申报单位「广州市机电技师学院」相同' },
    ])
    expect(former(YEAR - 4)).toEqual([])
    expect(former(YEAR + 1)).toHaveLength(1)
  })

  it('is suspected for a similar former unit', () => {
    expect(former(YEAR - 1, '广机电')[0]).toMatchObject({ level: 'suspected', rule: 'formerUnit' })
  })

  it('with N = 0 counts only this year', () => {
    const e = expert('e1', other, ['g1'], { formerUnits: [{ unit: school, to: YEAR }] })
    expect(findConflicts(e, sub, { ...settings, formerUnitYears: 0 }, YEAR)).toHaveLength(1)
    const old = expert('e1', other, ['g1'], { formerUnits: [{ unit: school, to: YEAR - 1 }] })
    expect(findConflicts(old, sub, { ...settings, formerUnitYears: 0 }, YEAR)).toEqual([])
  })
})

describe('findConflicts: declared relations', () => {
  const rel = (r: Partial<{ kind: 'relative' | 'advisorStudent' | 'coauthor' | 'projectPartner'; name: string; unit: string; year: number }>) =>
    find({ relations: [{ kind: 'coauthor', name: '', unit: '', ...r }] })

  it('counts a relative whatever the year', () => {
    expect(rel({ kind: 'relative', name: '王芳', year: 1990 })).toEqual([
      { level: 'certain', rule: 'relation', reason: '专家申报的亲属「王芳」与申报人「王芳」同名' },
    ])
  })

  it('counts other relations exactly N years back, not N + 1, and when the year is missing', () => {
    expect(rel({ unit: school, name: '李明', year: YEAR - 3 })).toEqual([
      { level: 'certain', rule: 'relation', reason: '专家申报的合作作者「李明」（2022 年）所在单位「广州市机电技师学院」与申报单位「广州市机电技师学院」相同' },
    ])
    expect(rel({ unit: school, name: '李明', year: YEAR - 4 })).toEqual([])
    expect(rel({ kind: 'projectPartner', unit: school, name: '李明' })[0]?.reason).toContain('（未填年份）')
  })

  it('is certain when the relation is the applicant, suspected when only the name matches at another unit', () => {
    expect(rel({ kind: 'advisorStudent', name: '王 芳', unit: '广州机电技师学院', year: YEAR })[0]).toMatchObject({ level: 'certain' })
    const c = rel({ kind: 'advisorStudent', name: '王芳', unit: '西安市航空技师学院', year: YEAR })
    expect(c).toEqual([{ level: 'suspected', rule: 'relation', reason: expect.stringContaining('请核实是否同一人') }])
  })

  it('is suspected when the relation’s unit is only similar; nothing for empty names and units', () => {
    expect(rel({ unit: '广机电', name: '李明', year: YEAR })[0]).toMatchObject({ level: 'suspected', rule: 'relation' })
    expect(rel({ year: YEAR })).toEqual([])
    expect(findConflicts(expert('e1', other, ['g1'], { relations: [{ kind: 'relative', name: '', unit: '' }] }), { ...sub, applicant: '' }, settings, YEAR)).toEqual([])
  })
})

describe('findConflicts: own submission', () => {
  it('is certain when the applicant is the expert at the same unit', () => {
    const e = expert('e1', school, ['g1'], { name: '王芳' })
    expect(findConflicts(e, sub, settings, YEAR).map((c) => [c.rule, c.level])).toEqual([
      ['sameUnit', 'certain'],
      ['ownSubmission', 'certain'],
    ])
  })

  it('is suspected when only the name matches', () => {
    const e = expert('e1', other, ['g1'], { name: '王芳' })
    expect(findConflicts(e, sub, settings, YEAR)).toEqual([
      { level: 'suspected', rule: 'ownSubmission', reason: expect.stringContaining('请核实是否本人申报') },
    ])
  })
})

describe('conflictMatrix', () => {
  const experts = [
    expert('certain', school, ['g1']),
    expert('similar', '广机电', ['g1']),
    expert('plain', other, ['g1']),
    expert('other', '西安市航空技师学院', ['g1']),
  ]
  const decision = (d: 'conflict' | 'noConflict'): ConflictDecision => ({ decision: d, reason: '经核实', at: '2025-03-02T00:00:00.000Z' })

  it('marks certain as blocked, undecided suspected as suspected, and leaves clear pairs out', () => {
    const m = conflictMatrix(experts, [sub], settings, YEAR)
    expect(pairStatus(m, 'certain', 's1')).toBe('blocked')
    expect(pairStatus(m, 'similar', 's1')).toBe('suspected')
    expect(pairStatus(m, 'plain', 's1')).toBe('clear')
    expect(Object.keys(m).sort()).toEqual([pairKey('certain', 's1'), pairKey('similar', 's1')].sort())
    expect(m[pairKey('similar', 's1')]?.reasons[0]).toContain('名称相近')
  })

  it('applies decisions: suspected → blocked or clear; certain stays blocked; a conflict decision blocks any pair', () => {
    const decisions = {
      [pairKey('similar', 's1')]: decision('noConflict'),
      [pairKey('certain', 's1')]: decision('noConflict'),
      [pairKey('plain', 's1')]: decision('conflict'),
    }
    const m = conflictMatrix(experts, [sub], settings, YEAR, decisions)
    expect(pairStatus(m, 'similar', 's1')).toBe('clear')
    expect(pairStatus(m, 'certain', 's1')).toBe('blocked')
    expect(pairStatus(m, 'plain', 's1')).toBe('blocked')
    expect(m[pairKey('plain', 's1')]?.reasons).toEqual(['秘书处认定回避：经核实'])
    expect(m[pairKey('similar', 's1')]?.reasons.at(-1)).toBe('秘书处认定无需回避：经核实')

    const m2 = conflictMatrix(experts, [sub], settings, YEAR, { [pairKey('similar', 's1')]: decision('conflict') })
    expect(pairStatus(m2, 'similar', 's1')).toBe('blocked')
  })
})
