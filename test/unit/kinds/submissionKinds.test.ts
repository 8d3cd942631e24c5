import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ok, tempWorkbench, submitInput } from '../../helpers/tempWorkspace'
import { docxParagraphs } from '../../helpers/docxText'
import { allIndicators } from '../../../src/core/rubric/indicators'
import type { ReviewKind } from '../../../src/core/domain/rubric'

// Issue 10: an award goes to a person, a course or an achievement — each kind through the real API,
// on a real workspace, with the roster read from a real file.
let wb: Awaited<ReturnType<typeof tempWorkbench>>
beforeEach(async () => {
  wb = await tempWorkbench()
})
afterEach(async () => wb.cleanup())

async function campaign(kind: ReviewKind, name = '测试评选') {
  return ok(await wb.call('campaigns.create', { name, kind }))
}

async function csv(name: string, lines: string[]): Promise<{ path: string }> {
  const path = join(wb.dir, '..', name)
  await writeFile(path, '\uFEFF' + lines.join('\r\n') + '\r\n')
  return { path }
}

describe('名师 (a person)', () => {
  const HEAD = '学校名称,姓名,性别,出生年份,职称,职务,专业（工种）,教龄,协作组,联系电话'

  it('two candidates of one school and 专业 both import, with every personal field', async () => {
    const c = await campaign('masterTeacher')
    const source = await csv('名师.csv', [
      HEAD,
      '湖南省机械工业技师学院,周立新,男,1975,高级讲师,教务处处长,数控加工（数控车工）,22,数字化设计与制造,13800000001',
      '湖南省机械工业技师学院,谭雪梅,女,1982年6月,高级实习指导教师,,数控加工（数控车工）,15年,g3,',
    ])
    const preview = ok(await wb.call('roster.preview', { campaignId: c.id, source }, { trusted: true }))
    expect(preview.mapping).toMatchObject({ school: '学校名称', name: '姓名', gender: '性别', birthYear: '出生年份', title: '职称', post: '职务', program: '专业（工种）', years: '教龄', group: '协作组', contact: '联系电话' })
    expect(preview.fields.map((f) => f.label)).toContain('教龄/一线工作年限')
    expect(preview.rows.map((r) => r.label)).toEqual(['周立新（湖南省机械工业技师学院）', '谭雪梅（湖南省机械工业技师学院）'])
    const r = ok(await wb.call('roster.import', { campaignId: c.id, source, mode: 'all' }, { trusted: true }))
    expect(r).toMatchObject({ imported: 2, skippedRows: 0 })
    const subs = ok(await wb.call('campaigns.get', { campaignId: c.id })).submissions
    expect(subs.map((s) => s.subject)).toEqual([
      { kind: 'person', name: '周立新', gender: '男', birthYear: 1975, title: '高级讲师', post: '教务处处长', years: 22, contact: '13800000001' },
      { kind: 'person', name: '谭雪梅', gender: '女', birthYear: 1982, title: '高级实习指导教师', post: '', years: 15, contact: '' },
    ])
  })

  it('the same person twice is refused: in one file, and against an earlier import; nothing is written', async () => {
    const c = await campaign('masterTeacher')
    const twice = await csv('名师重复.csv', [
      HEAD,
      '湖南省机械工业技师学院,周立新,男,1975,高级讲师,,数控加工,22,g3,',
      '湖南省机械工业技师学院,周 立新,男,1975,高级讲师,,机电一体化技术,22,g1,',
    ])
    const refused = await wb.call('roster.import', { campaignId: c.id, source: twice, mode: 'all' }, { trusted: true })
    expect(refused).toMatchObject({ ok: false, error: { code: 'IMPORT_REFUSED' } })
    if (!refused.ok) {
      expect(refused.error.issues).toEqual([
        { path: '第 2 行 姓名', message: '与第 3 行重复（同一人）' },
        { path: '第 3 行 姓名', message: '与第 2 行重复（同一人）' },
      ])
    }
    expect(ok(await wb.call('campaigns.get', { campaignId: c.id })).submissions).toEqual([])

    ok(await wb.call('roster.import', { campaignId: c.id, source: await csv('一.csv', [HEAD, '湖南省机械工业技师学院,周立新,男,1975,高级讲师,,数控加工,22,g3,']), mode: 'all' }, { trusted: true }))
    const again = await wb.call('roster.import', { campaignId: c.id, source: await csv('二.csv', [HEAD, '湖南省机械工业技师学院,周立新,男,1975,高级讲师,,数控加工,22,g3,']), mode: 'all' }, { trusted: true })
    expect(again).toMatchObject({ ok: false, error: { code: 'IMPORT_REFUSED' } })
    if (!again.ok) expect(again.error.issues?.[0]?.message).toContain('与已有申报重复（同一人')
    // two people of one name but different birth years are two people
    const namesake = await csv('三.csv', [HEAD, '湖南省机械工业技师学院,周立新,男,1990,讲师,,数控加工,8,g3,'])
    expect(ok(await wb.call('roster.import', { campaignId: c.id, source: namesake, mode: 'all' }, { trusted: true })).imported).toBe(1)
  })

  it('submissions.add: a person campaign needs a person; the same person is a CONFLICT, another of the 专业 is not', async () => {
    const c = await campaign('masterTeacher')
    const base = { campaignId: c.id, school: '山东省工业技师学院', program: '机电一体化技术', groupId: 'g1' }
    const noPerson = await wb.call('submissions.add', base)
    expect(noPerson).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('请填写申报人信息') } })
    ok(await wb.call('submissions.add', { ...base, subject: { kind: 'person', name: '孙海涛' } }))
    ok(await wb.call('submissions.add', { ...base, subject: { kind: 'person', name: '王芳' } }))
    const dup = await wb.call('submissions.add', { ...base, program: '智能制造设备技术', subject: { kind: 'person', name: '孙海涛' } })
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('「孙海涛」已经申报') } })
  })

  it('a blind campaign hides the candidate’s name, gender, birth year and contact from the expert; no expert ever sees the contact', async () => {
    const c = await campaign('masterTeacher')
    const expert = ok(await wb.call('experts.add', { name: '李秀英', unit: '天津市机电工艺技师学院' }))
    ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: [expert.id] }))
    const subject = { kind: 'person' as const, name: '孙海涛', gender: '男' as const, birthYear: 1978, title: '高级讲师', post: '系主任', years: 20, contact: '13900000000' }
    ok(await wb.call('submissions.add', { campaignId: c.id, school: '山东省工业技师学院', program: '机电一体化技术', groupId: 'g1', subject }))
    const open = ok(await wb.call('sheets.listByExpert', { campaignId: c.id, expertId: expert.id }))[0]!.submission
    expect(open.subject).toEqual({ ...subject, contact: '' })
    ok(await wb.call('campaigns.updateSettings', { campaignId: c.id, blind: true }))
    const blind = ok(await wb.call('sheets.listByExpert', { campaignId: c.id, expertId: expert.id }))[0]!.submission
    expect(blind.subject).toEqual({ kind: 'person', name: '候选人 B-001', gender: '', title: '高级讲师', post: '系主任', years: 20, contact: '' })
    expect(JSON.stringify(blind)).not.toContain('孙海涛')
  })
})

describe('精品课程 (a course)', () => {
  it('two courses of one 专业 both import; one course twice is refused', async () => {
    const c = await campaign('excellentCourse')
    const HEAD = '申报单位,课程名称,专业,学时,团队成员,协作组'
    const source = await csv('课程.csv', [
      HEAD,
      '山东省工业技师学院,多轴加工技术,数控加工,96,张明、李华、赵强,g3',
      '山东省工业技师学院,数控车削编程与加工,数控加工,128,王磊,g3',
      '山东省工业技师学院,多轴加工 技术,数控加工,96,张明,g3',
    ])
    const preview = ok(await wb.call('roster.preview', { campaignId: c.id, source }, { trusted: true }))
    expect(preview.problems).toEqual([
      { row: 2, column: '课程名称', message: '与第 4 行重复（同一学校的同一课程）' },
      { row: 4, column: '课程名称', message: '与第 2 行重复（同一学校的同一课程）' },
    ])
    expect(ok(await wb.call('roster.import', { campaignId: c.id, source, mode: 'validOnly' }, { trusted: true })).imported).toBe(1)
    const two = await csv('课程2.csv', [HEAD, '山东省工业技师学院,多轴加工技术,数控加工,96,张明、李华、赵强,g3'])
    expect(ok(await wb.call('roster.import', { campaignId: c.id, source: two, mode: 'all' }, { trusted: true })).imported).toBe(1)
    const subs = ok(await wb.call('campaigns.get', { campaignId: c.id })).submissions
    expect(subs.map((s) => s.subject)).toEqual([
      { kind: 'course', name: '数控车削编程与加工', hours: 128, team: ['王磊'] },
      { kind: 'course', name: '多轴加工技术', hours: 96, team: ['张明', '李华', '赵强'] },
    ])
  })
})

describe('教科研成果 (an achievement)', () => {
  it('three 完成人 keep their order through import, the sheet and the 专家评分表', async () => {
    const c = await campaign('researchAchievement', '2026年教科研成果评选')
    const source = await csv('成果.csv', [
      '成果名称,完成人（按顺序，用顿号分隔）,完成单位,协作组',
      '"工学一体化课程开发的""五步法""实践",赵立群、钱晓东、孙明,江苏省常州技师学院、常州市智能制造产业学院,g4',
    ])
    const preview = ok(await wb.call('roster.preview', { campaignId: c.id, source }, { trusted: true }))
    expect(preview.mapping).toMatchObject({ name: '成果名称', authors: '完成人（按顺序，用顿号分隔）', units: '完成单位', group: '协作组' })
    expect(ok(await wb.call('roster.import', { campaignId: c.id, source, mode: 'all' }, { trusted: true })).imported).toBe(1)
    const sub = ok(await wb.call('campaigns.get', { campaignId: c.id })).submissions[0]!
    expect(sub.school).toBe('江苏省常州技师学院')
    expect(sub.subject).toEqual({
      kind: 'achievement',
      name: '工学一体化课程开发的"五步法"实践',
      authors: ['赵立群', '钱晓东', '孙明'],
      units: ['江苏省常州技师学院', '常州市智能制造产业学院'],
    })

    const expert = ok(await wb.call('experts.add', { name: '张伟', unit: '中国机械工业教育协会', title: '研究员' }))
    ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: [expert.id] }))
    ok(await wb.call('pledges.accept', { campaignId: c.id, expertId: expert.id, declaration: '无' }))
    const key = { campaignId: c.id, expertId: expert.id, submissionId: sub.id }
    for (const ind of allIndicators(c.rubric)) ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: ind.code, level: 'A' }))
    for (const e of c.rubric.eligibility) ok(await wb.call('sheets.setEligibility', { ...key, code: e.code, value: 'pass' }))
    ok(await wb.call('sheets.submit', await submitInput(wb, key)))
    const file = ok(await wb.call('reports.scoreSheet', key))
    expect(file.fileName).toContain('工学一体化课程开发')
    const texts = await docxParagraphs(Buffer.from(file.base64, 'base64'))
    expect(texts).toContain('成果名称')
    expect(texts).toContain('工学一体化课程开发的"五步法"实践')
    expect(texts).toContain('完成人（按顺序）')
    expect(texts).toContain('赵立群、钱晓东、孙明')
    expect(texts).toContain('江苏省常州技师学院、常州市智能制造产业学院')
    expect(texts).not.toContain('专业')
    // the award words, not the grade words
    expect(texts.some((t) => /优秀|良好/.test(t))).toBe(false)
  })

  it('a 完成人 named twice is a problem of that cell', async () => {
    const c = await campaign('researchAchievement')
    const source = await csv('成果2.csv', ['成果名称,完成人,完成单位,协作组', '某成果,甲、乙、甲,某学院,g1'])
    const preview = ok(await wb.call('roster.preview', { campaignId: c.id, source }, { trusted: true }))
    expect(preview.problems).toEqual([{ row: 2, column: '完成人', message: '完成人（按顺序）中“甲”出现了两次' }])
  })
})

describe('专业建设诊断 (a 专业)', () => {
  it('keeps its rule: the same school and 专业 twice is one entry', async () => {
    const c = await campaign('diagnostic')
    const base = { campaignId: c.id, school: '山东省工业技师学院', program: '机电一体化技术', groupId: 'g1' }
    ok(await wb.call('submissions.add', base))
    expect(await wb.call('submissions.add', base)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })
})
