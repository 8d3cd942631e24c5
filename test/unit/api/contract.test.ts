import { afterEach, describe, expect, it } from 'vitest'
import { METHOD_NAMES } from '../../../src/core/api/methodNames'
import { INPUTS } from '../../../src/core/api/inputs'
import { createHandlers } from '../../../src/core/api/handlers'
import { defaultDeps } from '../../../src/core/api/shared/deps'
import { tempWorkbench, ok, submitInput } from '../../helpers/tempWorkspace'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

async function fresh() {
  const wb = await tempWorkbench()
  cleanup = wb.cleanup
  return wb
}

describe('API contract', () => {
  it('has one input schema and one handler for every method, and nothing else', async () => {
    const wb = await fresh()
    const handlers = createHandlers(defaultDeps(wb.store))
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort())
    expect(Object.keys(INPUTS).sort()).toEqual([...METHOD_NAMES].sort())
  })

  it('answers an unknown method and bad input with codes and Chinese messages', async () => {
    const wb = await fresh()
    expect(await wb.call('nope.nothing', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
    const bad = await wb.call('experts.add', { name: '', unit: '某单位' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    if (!bad.ok) {
      expect(bad.error.message).toContain('请填写专家姓名')
      expect(bad.error.issues?.[0]?.path).toBe('name')
    }
    // prototype keys are refused by the strict schemas, not merged
    const proto = await wb.call('campaigns.create', JSON.parse('{"name":"x","kind":"diagnostic","__proto__":{"polluted":1}}'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(proto).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('runs the whole path: campaign → experts → submission → scores → submit → results', async () => {
    const wb = await fresh()
    const experts = []
    for (const [i, name] of ['甲', '乙', '丙', '丁', '戊'].entries()) {
      experts.push(ok(await wb.call('experts.add', { name: `专家${name}`, unit: `单位${i}`, groupIds: ['g2'] })))
    }
    const c = ok(await wb.call('campaigns.create', { name: '2026 专业建设诊断', kind: 'diagnostic' }))
    expect(c.rubric.dimensions).toHaveLength(8)
    ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: experts.map((e) => e.id) }))
    // 承诺书 before scoring
    for (const expertId of experts.map((e) => e.id)) ok(await wb.call('pledges.accept', { campaignId: c.id, expertId, declaration: '无' }))
    const sub = ok(await wb.call('submissions.add', { campaignId: c.id, school: '湖南省机械工业技师学院', program: '工业机器人应用与维护', groupId: 'g2', applicant: '周立新' }))
    const dup = await wb.call('submissions.add', { campaignId: c.id, school: '湖南省机械工业技师学院', program: '工业机器人应用与维护', groupId: 'g2' })
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })

    const codes = c.rubric.dimensions.flatMap((d) => d.indicators.map((i) => i.code))
    // five experts: all A (100), all B (80), all C (60), all D (30), and a mix
    const plans = ['A', 'B', 'C', 'D', 'AB'] as const
    for (const [i, e] of experts.entries()) {
      const key = { campaignId: c.id, expertId: e.id, submissionId: sub.id }
      let version = 0
      for (const [k, code] of codes.entries()) {
        const plan = plans[i]!
        const level = plan === 'AB' ? (k % 2 ? 'A' : 'B') : plan
        const v = ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: code, level, baseVersion: version }))
        version = v.sheet.version
      }
      const early = ok(await wb.call('sheets.get', key))
      expect(early.result.complete).toBe(true)
      ok(await wb.call('sheets.setComment', { ...key, comment: '总体较好。' }))
      const sub2 = ok(await wb.call('sheets.submit', await submitInput(wb, key)))
      expect(sub2.sheet.status).toBe('submitted')
    }
    const mixed = ok(await wb.call('sheets.get', { campaignId: c.id, expertId: experts[4]!.id, submissionId: sub.id }))
    const mixedTotal = mixed.result.total
    expect(mixedTotal).toBeGreaterThan(80)
    expect(mixedTotal).toBeLessThan(100)

    const summary = ok(await wb.call('results.summary', { campaignId: c.id }))
    const row = summary.rows[0]!
    expect(row.submittedCount).toBe(5)
    expect(row.applied).toBe('trimmedMean')
    // drop 100 and 30: (80 + 60 + mixed) / 3
    expect(row.result).toBeCloseTo(Math.round(((80 + 60 + mixedTotal) / 3) * 100) / 100, 2)
    expect(row.dropped).toEqual({ highest: 100, lowest: 30 })
    expect(row.experts.find((x) => x.total === 30)!.flagged).toBe(true)
    // 专业建设诊断 is not a contest (issue 10): a profile per 一级指标, never a place
    expect(row.rank).toBeNull()
    expect(row.outcome).toBe('profile')
  })

  it('refuses changes to a submitted sheet, stale versions, incomplete submits and foreign experts', async () => {
    const wb = await fresh()
    const e = ok(await wb.call('experts.add', { name: '专家甲', unit: '单位' }))
    const outsider = ok(await wb.call('experts.add', { name: '专家乙', unit: '单位' }))
    const c = ok(await wb.call('campaigns.create', { name: '测试', kind: 'diagnostic' }))
    ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: [e.id] }))
    // 承诺书 before scoring
    for (const expertId of [e.id]) ok(await wb.call('pledges.accept', { campaignId: c.id, expertId, declaration: '无' }))
    const s = ok(await wb.call('submissions.add', { campaignId: c.id, school: '甲校', program: '乙专业', groupId: 'g1' }))
    const key = { campaignId: c.id, expertId: e.id, submissionId: s.id }

    const first = ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.1', level: 'A' }))
    expect(first.sheet.version).toBe(1)
    const stale = await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.2', level: 'A', baseVersion: 0 })
    expect(stale).toMatchObject({ ok: false, error: { code: 'STALE_VERSION' } })
    expect(ok(await wb.call('sheets.get', key)).sheet.entries['1.2']).toBeUndefined()

    const incomplete = await wb.call('sheets.submit', await submitInput(wb, key))
    expect(incomplete).toMatchObject({ ok: false, error: { code: 'SHEET_INCOMPLETE' } })
    if (!incomplete.ok) expect(incomplete.error.message).toContain('还有 23 项指标未评分')

    expect(await wb.call('sheets.setEntry', { ...key, indicatorCode: '9.9', level: 'A' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await wb.call('sheets.setEntry', { ...key, expertId: outsider.id, indicatorCode: '1.1', level: 'A' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.1', points: 3 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })

    for (const d of c.rubric.dimensions) for (const i of d.indicators) ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: i.code, level: 'B' }))
    ok(await wb.call('sheets.submit', await submitInput(wb, key)))
    expect(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.1', level: 'A' })).toMatchObject({ ok: false, error: { code: 'SHEET_SUBMITTED' } })
    expect(ok(await wb.call('sheets.get', key)).result.total).toBe(80)
  })

  it('needs the expert’s 承诺书 before any score, and says so in Chinese', async () => {
    const wb = await fresh()
    const e = ok(await wb.call('experts.add', { name: '专家丙', unit: '单位' }))
    const c = ok(await wb.call('campaigns.create', { name: '承诺', kind: 'diagnostic' }))
    ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: [e.id] }))
    const s = ok(await wb.call('submissions.add', { campaignId: c.id, school: '甲校', program: '乙专业', groupId: 'g1' }))
    const key = { campaignId: c.id, expertId: e.id, submissionId: s.id }
    const refused = await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.1', level: 'A' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'PLEDGE_REQUIRED', message: expect.stringContaining('承诺书') } })
    expect(await wb.call('pledges.accept', { campaignId: c.id, expertId: e.id, declaration: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const pledged = ok(await wb.call('pledges.accept', { campaignId: c.id, expertId: e.id, declaration: '无' }))
    expect(pledged.pledges[e.id]).toMatchObject({ declaration: '无', textVersion: 1 })
    expect(await wb.call('pledges.accept', { campaignId: c.id, expertId: e.id, declaration: '无' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.1', level: 'A' }))
  })

  it('speaks Chinese for zod’s own messages too', async () => {
    const wb = await fresh()
    const r = await wb.call('campaigns.get', { campaignId: 42 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fff]/)
  })
})
