import { afterEach, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tempWorkbench, ok } from '../../helpers/tempWorkspace'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

const SCHOOLS = ['广州市机电技师学院', '湖南省机械工业技师学院', '山东省工业技师学院', '河南省机械高级技工学校']

async function setup() {
  const wb = await tempWorkbench()
  cleanup = wb.cleanup
  const experts = []
  // eight experts of the robotics group (g2) from distinct units; the first works at a submitting school
  const units = ['广州市机电技师学院', '天津市机电工艺技师学院', '江苏省机械高级技工学校', '中国机械工业教育协会', '徐工集团', '重庆工业技师学院', '浙江机电技师学院', '机械工业技师学院']
  for (const [i, unit] of units.entries()) {
    experts.push(ok(await wb.call('experts.add', { name: `专家${i + 1}`, unit, groupIds: ['g2'], formerUnits: i === 3 ? [{ unit: '山东省工业技师学院', to: new Date().getFullYear() - 1 }] : [] })))
  }
  const c = ok(await wb.call('campaigns.create', { name: '分配测试', kind: 'diagnostic' }))
  ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: experts.map((e) => e.id) }))
  // 承诺书 before scoring
  for (const expertId of experts.map((e) => e.id)) ok(await wb.call('pledges.accept', { campaignId: c.id, expertId, declaration: '无' }))
  const subs = []
  for (const school of SCHOOLS) subs.push(ok(await wb.call('submissions.add', { campaignId: c.id, school, program: '工业机器人应用与维护', groupId: 'g2' })))
  return { wb, c, experts, subs }
}

describe('conflicts and assignment through the API', () => {
  it('finds certain and suspected conflicts, with reasons', async () => {
    const { wb, c, experts, subs } = await setup()
    const rows = ok(await wb.call('conflicts.list', { campaignId: c.id }))
    const same = rows.find((r) => r.expertId === experts[0]!.id && r.submissionId === subs[0]!.id)!
    expect(same.status).toBe('blocked')
    expect(same.reasons.join()).toContain('广州市机电技师学院')
    const former = rows.find((r) => r.expertId === experts[3]!.id && r.submissionId === subs[2]!.id)!
    expect(former.status).toBe('blocked')
    expect(rows.some((r) => r.status === 'suspected')).toBe(true)
  })

  it('refuses to draw while a suspected conflict is undecided, then draws reproducibly and audits it', async () => {
    const { wb, c, subs } = await setup()
    const refused = await wb.call('assignments.autoAssign', { campaignId: c.id, seed: 's1' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'ASSIGNMENT_INFEASIBLE' } })
    for (const r of ok(await wb.call('conflicts.list', { campaignId: c.id })).filter((x) => x.status === 'suspected')) {
      ok(await wb.call('conflicts.decide', { campaignId: c.id, expertId: r.expertId as never, submissionId: r.submissionId as never, decision: 'noConflict', reason: '经核实为两所不同学校' }))
    }
    const a = ok(await wb.call('assignments.autoAssign', { campaignId: c.id, seed: 's1' }))
    const b = ok(await wb.call('assignments.autoAssign', { campaignId: c.id, seed: 's1' }))
    expect(b.assignments).toEqual(a.assignments)
    expect(b.draws.map((d) => d.seed)).toEqual(['s1', 's1'])
    expect(b.draws[0]!.resultHash).toBe(b.draws[1]!.resultHash)
    const blocked = ok(await wb.call('conflicts.list', { campaignId: c.id })).filter((r) => r.status === 'blocked')
    for (const s of subs) {
      const panel = a.assignments[s.id]!.expertIds
      expect(panel).toHaveLength(5)
      for (const r of blocked) if (r.submissionId === s.id) expect(panel).not.toContain(r.expertId)
    }
    const audit = ok(await wb.call('audit.list', { campaignId: c.id }))
    expect(audit.chain).toEqual({ ok: true, count: audit.entries.length })
    expect(audit.entries.filter((e) => e.action === 'assignment.draw')).toHaveLength(2)
  })

  it('logs manual changes with their reason, refuses blocked experts, and limits scoring to the panel', async () => {
    const { wb, c, experts, subs } = await setup()
    const sub = subs[0]!
    const blockedAdd = await wb.call('assignments.change', { campaignId: c.id, submissionId: sub.id, add: experts[0]!.id, reason: '补充' })
    expect(blockedAdd).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await wb.call('assignments.change', { campaignId: c.id, submissionId: sub.id, add: experts[1]!.id, reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    const changed = ok(await wb.call('assignments.change', { campaignId: c.id, submissionId: sub.id, add: experts[1]!.id, reason: '组长指定' }))
    expect(changed.assignmentLog.at(-1)).toMatchObject({ action: 'add', expertId: experts[1]!.id, reason: '组长指定' })
    // 组长: set by hand with a reason; must be a member; when the 组长 leaves another member takes over
    expect(changed.assignments[sub.id]!.chairId).toBe(experts[1]!.id)
    const two = ok(await wb.call('assignments.change', { campaignId: c.id, submissionId: sub.id, add: experts[2]!.id, reason: '补充' }))
    expect(two.assignments[sub.id]!.chairId).toBe(experts[1]!.id)
    expect(await wb.call('assignments.change', { campaignId: c.id, submissionId: sub.id, chairId: experts[5]!.id, reason: '指定' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    const chaired = ok(await wb.call('assignments.change', { campaignId: c.id, submissionId: sub.id, chairId: experts[2]!.id, reason: '熟悉该专业' }))
    expect(chaired.assignments[sub.id]!.chairId).toBe(experts[2]!.id)
    expect(chaired.assignmentLog.at(-1)).toMatchObject({ action: 'chair', expertId: experts[2]!.id, reason: '熟悉该专业' })
    const left = ok(await wb.call('assignments.change', { campaignId: c.id, submissionId: sub.id, remove: experts[2]!.id, reason: '临时回避' }))
    expect(left.assignments[sub.id]!.chairId).toBe(experts[1]!.id)
    // once a panel exists, only its members score that submission
    const outsider = await wb.call('sheets.setEntry', { campaignId: c.id, expertId: experts[2]!.id, submissionId: sub.id, indicatorCode: '1.1', level: 'A' })
    expect(outsider).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    ok(await wb.call('sheets.setEntry', { campaignId: c.id, expertId: experts[1]!.id, submissionId: sub.id, indicatorCode: '1.1', level: 'A' }))
    expect(ok(await wb.call('sheets.listByExpert', { campaignId: c.id, expertId: experts[1]!.id })).map((r) => r.submission.id)).toEqual([sub.id])
  })

  it('says exactly why no assignment exists', async () => {
    const { wb, c } = await setup()
    ok(await wb.call('campaigns.updateSettings', { campaignId: c.id, panel: { size: 9 } }))
    const r = await wb.call('assignments.autoAssign', { campaignId: c.id })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toMatch(/9/)
    expect(await wb.call('campaigns.updateSettings', { campaignId: c.id, panel: { size: 4 } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('detects a tampered audit log', async () => {
    const { wb, c, experts } = await setup()
    // setup recorded every expert's pledge in the audit log
    expect(ok(await wb.call('audit.list', { campaignId: c.id })).entries.filter((e) => e.action === 'pledge.accept').length).toBe(experts.length)
    const path = join(wb.dir, 'campaigns', c.id, 'audit.jsonl')
    const lines = (await readFile(path, 'utf8')).trim().split('\n')
    await writeFile(path, `${lines[0]!.replace('"无"', '"有"')}\n${lines[1]}\n`)
    const audit = ok(await wb.call('audit.list', { campaignId: c.id }))
    expect(audit.chain).toMatchObject({ ok: false, line: 1 })
  })
})
