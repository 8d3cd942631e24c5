import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ok, tempWorkbench, submitInput } from '../../helpers/tempWorkspace'
import { docxParagraphs } from '../../helpers/docxText'
import { allIndicators } from '../../../src/core/rubric/indicators'
import type { Level, ReviewKind, Rubric } from '../../../src/core/domain/rubric'

let wb: Awaited<ReturnType<typeof tempWorkbench>>
beforeEach(async () => {
  wb = await tempWorkbench()
})
afterEach(async () => wb.cleanup())

/** A campaign of `kind` with `n` pledged experts (each on every panel) and the given entries. */
async function setUp(kind: ReviewKind, n: number, entries: Array<{ school: string; program: string; subject?: unknown }>) {
  const c = ok(await wb.call('campaigns.create', { name: '测试', kind }))
  const experts = []
  for (let i = 0; i < n; i++) experts.push(ok(await wb.call('experts.add', { name: `专家${i + 1}`, unit: `单位${i + 1}` })))
  ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: experts.map((e) => e.id) }))
  for (const e of experts) ok(await wb.call('pledges.accept', { campaignId: c.id, expertId: e.id, declaration: '无' }))
  const subs = []
  for (const s of entries) subs.push(ok(await wb.call('submissions.add', { campaignId: c.id, groupId: 'g1', ...s } as never)))
  return { c, experts, subs }
}

describe('专业建设诊断: a profile, not a place', () => {
  it('a confirmed red line gives D 需专项整改 with its reason and keeps the profile; no rank, no award anywhere', async () => {
    const { c, experts, subs } = await setUp('diagnostic', 3, [
      { school: '甲技师学院', program: '数控加工' },
      { school: '乙技师学院', program: '机电一体化技术' },
    ])
    const levels: Level[] = ['A', 'B']
    for (const [si, sub] of subs.entries()) {
      for (const e of experts) {
        const key = { campaignId: c.id, expertId: e.id, submissionId: sub.id }
        for (const ind of allIndicators(c.rubric)) ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: ind.code, level: levels[si]! }))
        if (si === 0) ok(await wb.call('sheets.setVeto', { ...key, code: 'V2', evidence: '2025年3月实训车间机械伤害事故通报' }))
        ok(await wb.call('sheets.submit', await submitInput(wb, key)))
      }
    }
    const rows = ok(await wb.call('results.summary', { campaignId: c.id })).rows
    const [red, plain] = rows
    expect(red).toMatchObject({
      outcome: 'profile',
      notRated: null,
      result: 100,
      grade: 'D',
      gradeLabel: '需专项整改',
      redLine: '红线：近三年发生重大安全责任事故（3/3 名专家确认）',
      awardLevel: null,
      rank: null,
    })
    expect(red!.dimensions.map((d) => d.points)).toEqual(c.rubric.dimensions.map((d) => d.points))
    expect(plain).toMatchObject({ outcome: 'profile', result: 80, grade: 'B', gradeLabel: '良好', redLine: null, rank: null, awardLevel: null })
    expect(rows.every((r) => r.rank === null)).toBe(true)
  })

  it('keeps each expert’s 问题 and 建议 per 一级指标 and 特色与创新; an unknown 一级指标 is refused', async () => {
    const { c, experts, subs } = await setUp('diagnostic', 1, [{ school: '甲技师学院', program: '数控加工' }])
    const key = { campaignId: c.id, expertId: experts[0]!.id, submissionId: subs[0]!.id }
    const d1 = c.rubric.dimensions[0]!.code
    const v = ok(await wb.call('sheets.setDimensionNote', { ...key, dimensionCode: d1, problems: '产业调研样本偏少', advice: '扩大到 30 家以上企业' }))
    expect(v.sheet.dimensionNotes).toEqual({ [d1]: { problems: '产业调研样本偏少', advice: '扩大到 30 家以上企业' } })
    const h = ok(await wb.call('sheets.setHighlights', { ...key, highlights: '校企共建产业学院', baseVersion: v.sheet.version }))
    expect(h.sheet).toMatchObject({ highlights: '校企共建产业学院', version: v.sheet.version + 1 })
    expect(ok(await wb.call('sheets.get', key)).sheet.dimensionNotes[d1]!.advice).toBe('扩大到 30 家以上企业')
    const bad = await wb.call('sheets.setDimensionNote', { ...key, dimensionCode: '99', problems: 'x', advice: '' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(ok(await wb.call('sheets.get', key)).sheet.version).toBe(h.sheet.version)
  })
})

/** The 名师 template with every indicator scored by points, so a total of exactly 75 can be given. */
function byPoints(r: Rubric, counts?: boolean): Rubric {
  return {
    ...r,
    ...(counts === undefined ? {} : { bonusCountsTowardsThreshold: counts }),
    dimensions: r.dimensions.map((d) => ({ ...d, indicators: d.indicators.map((i) => ({ ...i, scale: 'points' as const })) })),
  }
}

describe('名师: the bonus stays outside the threshold unless the rubric says so', () => {
  async function score75plus5(counts?: boolean) {
    const { c, experts, subs } = await setUp('masterTeacher', 1, [
      { school: '山东省工业技师学院', program: '机电一体化技术', subject: { kind: 'person', name: '孙海涛', title: '高级讲师' } },
    ])
    ok(await wb.call('rubric.update', { campaignId: c.id, rubric: byPoints(c.rubric, counts), note: '按分数评分' }))
    const campaign = ok(await wb.call('campaigns.get', { campaignId: c.id }))
    const key = { campaignId: c.id, expertId: experts[0]!.id, submissionId: subs[0]!.id }
    for (const ind of allIndicators(campaign.rubric)) ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: ind.code, points: ind.points * 0.75 }))
    for (const e of campaign.rubric.eligibility) ok(await wb.call('sheets.setEligibility', { ...key, code: e.code, value: 'pass' }))
    ok(await wb.call('sheets.setBonus', { ...key, code: 'B1', points: 3 }))
    ok(await wb.call('sheets.setBonus', { ...key, code: 'B2', points: 2 }))
    const submitted = ok(await wb.call('sheets.submit', await submitInput(wb, key)))
    return { key, submitted, row: ok(await wb.call('results.summary', { campaignId: c.id })).rows[0]! }
  }

  it('75 + 5 is 80.00 but no 联盟名师 with the default setting; with the setting on, it is', async () => {
    const off = await score75plus5()
    expect(off.submitted.result).toMatchObject({ total: 80, base: 75, bonus: 5, thresholdTotal: 75 })
    expect(off.row).toMatchObject({ result: 80, awardLevel: null, grade: null, gradeLabel: null, outcome: 'award' })
    await wb.cleanup()
    wb = await tempWorkbench()
    const on = await score75plus5(true)
    expect(on.row).toMatchObject({ result: 80, awardLevel: '联盟名师', grade: null })
  })

  it('the 专家评分表 prints the bonus block; its subtotals add up to its 合计 and it names the candidate', async () => {
    const { key } = await score75plus5()
    const texts = await docxParagraphs(Buffer.from(ok(await wb.call('reports.scoreSheet', key)).base64, 'base64'))
    expect(texts).toContain('孙海涛')
    expect(texts).toContain('姓名')
    expect(texts).toContain('加分项')
    expect(texts).toContain('（上限5分）')
    const subtotals = texts.filter((t) => t.startsWith('小计 ')).map((t) => Number(t.slice(3)))
    const totalAt = texts.indexOf('合计')
    expect(texts.slice(totalAt, totalAt + 4)).toEqual(['合计', '105', '', '80.00'])
    expect(subtotals.at(-1)).toBe(5)
    expect(Math.round(subtotals.reduce((a, b) => a + b, 0) * 100) / 100).toBe(80)
    // the award line, in award words only
    expect(texts).toContain('奖项等级（参考）')
    expect(texts).toContain('未达到奖项分数线')
    expect(texts).toContain('（加分项不计入等次和奖项分数线的判定）')
    expect(texts.some((t) => /^[ABCD] (优秀|良好|合格|不合格)$/.test(t))).toBe(false)
  })
})
