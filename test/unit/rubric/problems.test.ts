import { describe, expect, it } from 'vitest'
import { RubricSchema, type Indicator, type Rubric } from '../../../src/core/domain/rubric'
import { describeRubricPath, rubricSchemaMessage, schemaProblems } from '../../../src/core/rubric/problems'
import { validateRubric } from '../../../src/core/rubric/validate'
import { diagnosticTemplate } from '../../../src/core/rubric/templates/diagnostic'

/** A sound rubric to break one way per row (the diagnostic template: 一级 2 is 「人才培养方案与工学一体化」). */
const base = (): Rubric => structuredClone(diagnosticTemplate)
const d2 = diagnosticTemplate.dimensions[1]!
const i21 = d2.indicators[0]!

describe('describeRubricPath: one Chinese description of a path', () => {
  const r = {
    ...base(),
    bonus: { cap: 5, items: [{ code: 'J1', name: '技能大赛', points: 2, evidence: '' }] },
    eligibility: [{ code: 'E1', text: '任教满 5 年' }],
    vetoes: [{ code: 'V1', text: '弄虚作假' }, { code: '', text: '' }],
  }
  it.each<[string, (string | number)[], string]>([
    ['the rubric itself', [], '指标体系'],
    ['a field of the rubric', ['total'], '指标体系'],
    ['the list of 一级指标', ['dimensions'], '指标体系'],
    ['a 一级指标', ['dimensions', 1, 'points'], `一级指标 ${d2.code}「${d2.name}」`],
    ['a 二级指标', ['dimensions', 1, 'indicators', 0, 'code'], `一级指标 ${d2.code}「${d2.name}」 / 二级指标 ${i21.code}「${i21.name}」`],
    ['a descriptor names its 二级指标', ['dimensions', 1, 'indicators', 0, 'descriptors', 'D'], `一级指标 ${d2.code}「${d2.name}」 / 二级指标 ${i21.code}「${i21.name}」`],
    ['an 观测点', ['dimensions', 1, 'indicators', 0, 'observationPoints', 2, 'text'], `一级指标 ${d2.code}「${d2.name}」 / 二级指标 ${i21.code}「${i21.name}」 / 观测点 3`],
    ['a path beyond the list', ['dimensions', 99, 'name'], '指标体系'],
    ['a level', ['levels', 2, 'coefficient'], '等级 C'],
    ['the levels', ['levels'], '等级'],
    ['a grade band', ['gradeBands', 0, 'min'], `等次 ${diagnosticTemplate.gradeBands[0]!.label}`],
    ['the grade bands', ['gradeBands'], '等次划分'],
    ['a veto', ['vetoes', 0, 'text'], '否决项 V1'],
    ['a veto without a code yet: its position', ['vetoes', 1, 'code'], '否决项 2'],
    ['an eligibility item', ['eligibility', 0, 'text'], '资格条件 E1'],
    ['a bonus item', ['bonus', 'items', 0, 'code'], '加分项 J1「技能大赛」'],
    ['the bonus cap', ['bonus', 'cap'], '加分项'],
  ])('%s', (_, path, where) => {
    expect(describeRubricPath(r, path)).toBe(where)
  })
})

describe('validateRubric: a code, a path to the field, params and the message as before', () => {
  it.each<[string, (r: Rubric) => void, { code: string; path: (string | number)[]; params: object; where: string; message: string }]>([
    [
      '二级指标 that do not add up to their 一级指标',
      (r) => (r.dimensions[1]!.indicators[0]!.points += 4),
      { code: 'DIMENSION_MISMATCH', path: ['dimensions', 1, 'points'], params: { sum: d2.points + 4, points: d2.points }, where: `一级指标 2「人才培养方案与工学一体化」`, message: `二级指标分值合计 ${d2.points + 4} 分，与一级指标分值 ${d2.points} 分不符` },
    ],
    [
      'an empty descriptor',
      (r) => (r.dimensions[1]!.indicators[0]!.descriptors.D = ' '),
      { code: 'EMPTY_DESCRIPTOR', path: ['dimensions', 1, 'indicators', 0, 'descriptors', 'D'], params: { level: 'D' }, where: `一级指标 2「人才培养方案与工学一体化」 / 二级指标 ${i21.code}「${i21.name}」`, message: '等级 D 的描述为空' },
    ],
    [
      'a code used twice points at the second use',
      (r) => (r.dimensions[1]!.indicators[0]!.code = '1.1' as Indicator['code']),
      { code: 'DUPLICATE_CODE', path: ['dimensions', 1, 'indicators', 0, 'code'], params: { code: '1.1', usedBy: `一级指标 1「${diagnosticTemplate.dimensions[0]!.name}」 / 二级指标 1.1「${diagnosticTemplate.dimensions[0]!.indicators[0]!.name}」` }, where: `一级指标 2「人才培养方案与工学一体化」 / 二级指标 1.1「${i21.name}」`, message: expect.stringMatching(/^编号「1\.1」重复，已用于 一级指标 1「/) as unknown as string },
    ],
    [
      'a repeated level',
      (r) => (r.levels[2]!.level = 'B'),
      { code: 'DUPLICATE_LEVEL', path: ['levels', 2, 'level'], params: { level: 'B' }, where: '等级 B', message: '等级重复' },
    ],
    [
      'a coefficient above the level before it',
      (r) => (r.levels[2]!.coefficient = 0.9),
      { code: 'COEFFICIENT_ORDER', path: ['levels', 2, 'coefficient'], params: { coefficient: 0.9, previousLevel: 'B', previousCoefficient: 0.8 }, where: '等级 C', message: '系数 0.9 高于上一等级 B 的 0.8，等级应由高到低' },
    ],
    [
      'a veto without text',
      (r) => r.vetoes.push({ code: 'V9', text: ' ' }),
      { code: 'VETO_WITHOUT_TEXT', path: ['vetoes', diagnosticTemplate.vetoes.length, 'text'], params: {}, where: '否决项 V9', message: '一票否决项缺少说明' },
    ],
    [
      'a repeated grade',
      (r) => (r.gradeBands[1]!.grade = r.gradeBands[0]!.grade),
      { code: 'DUPLICATE_GRADE', path: ['gradeBands', 1, 'grade'], params: { grade: diagnosticTemplate.gradeBands[0]!.grade }, where: `等次 ${diagnosticTemplate.gradeBands[1]!.label}`, message: '等次重复' },
    ],
    [
      'a band above the total',
      (r) => (r.gradeBands[0]!.min = 120),
      { code: 'BAND_ABOVE_TOTAL', path: ['gradeBands', 0, 'min'], params: { min: 120, total: 100 }, where: `等次 ${diagnosticTemplate.gradeBands[0]!.label}`, message: '下限 120 分超过总分 100 分' },
    ],
    [
      'a bonus cap of 0 with items',
      (r) => (r.bonus = { cap: 0, items: [{ code: 'J1', name: '技能大赛', points: 2, evidence: '' }] }),
      { code: 'BONUS_CAP', path: ['bonus', 'cap'], params: { cap: 0 }, where: '加分项', message: '加分项的上限应大于 0' },
    ],
  ])('%s', (_, breakIt, expected) => {
    const r = base()
    breakIt(r)
    expect(validateRubric(r)).toEqual([expected])
  })

  it('the total against the sum of the 一级指标, and no band from 0', () => {
    const r = base()
    r.total = 101
    r.gradeBands = r.gradeBands.map((b) => ({ ...b, min: b.min <= 0 ? 10 : b.min }))
    const lowest = r.gradeBands.findIndex((b) => b.min === 10)
    expect(validateRubric(r).map((p) => [p.code, p.path, p.where])).toEqual([
      ['TOTAL_MISMATCH', ['total'], '指标体系'],
      ['NO_ZERO_BAND', ['gradeBands', lowest, 'min'], `等次 ${r.gradeBands[lowest]!.label}`],
    ])
  })
})

describe('schema problems: code SCHEMA, the path, zod issue params, the field in Chinese', () => {
  it.each<[string, (r: Record<string, unknown> & Rubric) => void, (string | number)[], string, object]>([
    ['a 分值 of 0 on a bonus item (no message of its own)', (r) => (r.bonus = { cap: 5, items: [{ code: 'J1', name: 'x', points: 0, evidence: '' }] }), ['bonus', 'items', 0, 'points'], '分值应大于 0', { issue: 'too_small', origin: 'number', minimum: 0, inclusive: false }],
    ['a negative cap', (r) => (r.bonus = { cap: -1, items: [] }), ['bonus', 'cap'], '上限不能小于 0', { issue: 'too_small', origin: 'number', minimum: 0, inclusive: true }],
    ['an empty eligibility code', (r) => (r.eligibility = [{ code: '', text: 'x' }]), ['eligibility', 0, 'code'], '编号不能为空', { issue: 'too_small', origin: 'string', minimum: 1 }],
    ['a total that is text', (r) => ((r as Record<string, unknown>).total = 'x'), ['total'], '总分应为数字', { issue: 'invalid_type', expected: 'number' }],
    ['a schema message of its own wins', (r) => (r.dimensions[0]!.name = ''), ['dimensions', 0, 'name'], '名称不能为空', { issue: 'too_small' }],
  ])('%s', (_, breakIt, path, message, params) => {
    const r = base() as Record<string, unknown> & Rubric
    breakIt(r)
    const parsed = RubricSchema.safeParse(r, { error: rubricSchemaMessage })
    expect(parsed.success).toBe(false)
    const [p] = schemaProblems(parsed.error!.issues)
    expect(p).toEqual({ code: 'SCHEMA', path, params: expect.objectContaining(params), message, where: path.join('.') })
  })
})
