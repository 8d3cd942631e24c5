import { describe, expect, it } from 'vitest'
import { mapRoster, type RosterMapping } from '../../../src/core/intake/roster/mapRoster'
import { suggestMapping } from '../../../src/core/intake/roster/suggestMapping'
import { parseDateText } from '../../../src/core/intake/roster/dates'
import { readRosterTable } from '../../../src/core/intake/roster/readRosterTable'
import type { RosterTable } from '../../../src/core/intake/roster/types'
import { DEFAULT_GROUPS } from '../../../src/core/domain/groups'
import { SubmissionSchema } from '../../../src/core/domain/workspace'
import { expectRefusal } from './helpers/expectRefusal'

const MAPPING: RosterMapping = { school: '申报单位', program: '申报专业', group: '专业建设协作组', applicant: '负责人' }

async function csvTable(csv: string): Promise<RosterTable> {
  const r = await readRosterTable(Buffer.from(csv), '汇总.csv')
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.table
}

describe('mapRoster', () => {
  it('maps rows to submission fields; the 协作组 by name or id; unmapped columns to extra', async () => {
    const t = await csvTable(
      '申报单位,申报专业,专业建设协作组,负责人,申报日期,__proto__,联系电话\n' +
        '第一技师学院,工业机器人技术应用,机器人技术应用,张三,2024年3月1日,{"x":1},\n' +
        '第二技工学校,数控加工,g3,,2024/3/2,,010-1234\n',
    )
    const r = mapRoster(t, MAPPING, DEFAULT_GROUPS, [])
    expect(r.problems).toEqual([])
    expect(r.valid.map((v) => ({ row: v.row, ...v.fields, extra: { ...v.fields.extra } }))).toEqual([
      { row: 2, school: '第一技师学院', program: '工业机器人技术应用', groupId: 'g2', applicant: '张三', subject: { kind: 'program' }, extra: { 申报日期: '2024年3月1日', ['__proto__']: '{"x":1}' } },
      { row: 3, school: '第二技工学校', program: '数控加工', groupId: 'g3', applicant: '', subject: { kind: 'program' }, extra: { 申报日期: '2024/3/2', 联系电话: '010-1234' } },
    ])
    const extra = r.valid[0]!.fields.extra
    expect(Object.getPrototypeOf(extra)).toBe(null)
    expect(Object.prototype.hasOwnProperty.call(extra, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).x).toBeUndefined()
    // what the lead stores passes the schema (zod's record drops a "__proto__" key rather than setting a prototype)
    const stored = SubmissionSchema.parse({ id: 'S1', ...r.valid[0]!.fields, createdAt: 'now' })
    expect(Object.getPrototypeOf(stored.extra)).toBe(Object.prototype)
    expect(Object.keys(stored.extra)).toEqual(['申报日期'])
  })

  it('reports missing required fields, an unknown 协作组 (listing the valid ones), bad dates', async () => {
    const t = await csvTable(
      '申报单位,申报专业,专业建设协作组,负责人,申报日期\n' +
        ',数控加工,g1,,2024-01-01\n' +
        '甲校,数控加工,航空航天,,2024-01-01\n' +
        '乙校,机电,g1,,2023-02-29\n' +
        '丙校,机电,g1,,下周一\n' +
        '丁校,机电,,,\n',
    )
    const r = mapRoster(t, MAPPING, DEFAULT_GROUPS, [])
    expect(r.valid).toEqual([])
    expect(r.problems).toEqual([
      { row: 2, column: '申报单位', message: '学校不能为空' },
      { row: 3, column: '专业建设协作组', message: expect.stringContaining('协作组“航空航天”不存在；可选的协作组：智能机电技术应用、机器人技术应用') },
      { row: 4, column: '申报日期', message: expect.stringContaining('“2023-02-29”不是有效日期') },
      { row: 5, column: '申报日期', message: expect.stringContaining('“下周一”不是有效日期') },
      { row: 6, column: '专业建设协作组', message: '协作组不能为空' },
    ])
  })

  it('duplicates: both rows within the file, and a row already in the campaign', async () => {
    const t = await csvTable(
      '申报单位,申报专业,专业建设协作组,负责人\n' +
        '甲校,数控加工,g1,\n' +
        '乙校,机电,g1,\n' +
        '甲 校,数控加工,g1,\n' + // spacing differs: still the same school
        '丙校（分校）,机电,g1,\n',
    )
    const r = mapRoster(t, MAPPING, DEFAULT_GROUPS, [{ school: '丙校(分校)', program: '机电' }])
    expect(r.valid.map((v) => v.row)).toEqual([3])
    expect(r.problems).toEqual([
      { row: 2, column: '申报单位', message: '与第 4 行重复（同一学校的同一专业）' },
      { row: 4, column: '申报单位', message: '与第 2 行重复（同一学校的同一专业）' },
      { row: 5, column: '申报单位', message: expect.stringContaining('与已有申报重复') },
    ])
  })

  it('refuses a mapping that names a missing column, leaves a required field unmapped, or reuses a column', async () => {
    const t = await csvTable('申报单位,申报专业,专业建设协作组\n甲校,数控,g1\n')
    await expectRefusal(Promise.resolve().then(() => mapRoster(t, MAPPING, DEFAULT_GROUPS, [])), 'ROSTER_MAPPING', '负责人')
    await expectRefusal(Promise.resolve().then(() => mapRoster(t, { ...MAPPING, applicant: '', group: '' }, DEFAULT_GROUPS, [])), 'ROSTER_MAPPING', '协作组')
    await expectRefusal(Promise.resolve().then(() => mapRoster(t, { ...MAPPING, applicant: '', program: '申报单位' }, DEFAULT_GROUPS, [])), 'ROSTER_MAPPING', '同时')
    expect(mapRoster(t, { ...MAPPING, applicant: '' }, DEFAULT_GROUPS, []).valid).toHaveLength(1)
  })
})

describe('suggestMapping', () => {
  it.each([
    [['申报单位', '申报专业', '专业建设协作组', '申报人'], { school: '申报单位', program: '申报专业', group: '专业建设协作组', applicant: '申报人' }],
    [['序号', '*学校名称', '专业名称', '协作组', '联系人', '联系人电话'], { school: '*学校名称', program: '专业名称', group: '协作组', applicant: '联系人' }],
    [['单位', '专业', '所属协作组', '负责人'], { school: '单位', program: '专业', group: '所属协作组', applicant: '负责人' }],
    [['学校（全称）', '申报专业方向', '专业建设协作组名称', '项目负责人手机'], { school: '学校（全称）', group: '专业建设协作组名称' }],
    [['姓名', '年龄'], {}],
  ])('%j', (headers, expected) => {
    expect(suggestMapping(headers)).toEqual(expected)
  })
})

describe('parseDateText', () => {
  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024/3/1', '2024-03-01'],
    ['2024.03.01', '2024-03-01'],
    ['2024年3月1日', '2024-03-01'],
    ['20240301', '2024-03-01'],
    ['2024-03-01 14:30', '2024-03-01'],
    ['2024-02-30', undefined],
    ['1899-12-31', undefined],
    ['3/1/2024', undefined],
    ['2024', undefined],
  ])('%s', (s, iso) => {
    expect(parseDateText(s)).toBe(iso)
  })
})
