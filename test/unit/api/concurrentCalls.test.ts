import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openWorkbench } from '../../../src/core/api/openApi'
import type { Envelope } from '../../../src/core/api/envelope'
import type { WorkbenchApi } from '../../../src/core/api/contract'
import type { Level } from '../../../src/core/domain/rubric'
import { tempClient } from '../../helpers/client'
import { ok, submitInput, tempWorkbench } from '../../helpers/tempWorkspace'
import { treeHash } from '../../helpers/treeHash'
import { buildZip, SAMPLE } from '../intake/helpers/zipBuilder'
import type { TaskView } from '../../../src/core/api/taskView'
import { AttachmentStore } from '../../../src/core/intake/attachments'

// The second window, the double click, two doors at once (docs/design/architecture.md: a refused call
// writes nothing): two identical calls at once (Promise.all on a real workspace) must do what one call
// does — record once, publish once, open once — and refuse the other with a clear message. Each test
// here failed before the check and the write of its handler ran one at a time (api/shared/oneAtATime.ts).

type Wb = Awaited<ReturnType<typeof tempWorkbench>>
let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

async function workbench(): Promise<Wb> {
  const wb = await tempWorkbench()
  cleanup = wb.cleanup
  return wb
}

/** Two envelopes of the same call: exactly one succeeded; returns the value and the other's error. */
function oneOf<T>(results: Array<Envelope<T>>): { value: T; refusal: { code: string; message: string } } {
  const good = results.filter((r) => r.ok)
  const bad = results.filter((r) => !r.ok)
  expect(good.length, `one call succeeds, got ${JSON.stringify(bad.map((b) => !b.ok && b.error))}`).toBe(1)
  expect(bad.length).toBe(1)
  return { value: (good[0] as { value: T }).value, refusal: (bad[0] as { error: { code: string; message: string } }).error }
}

async function auditActions(wb: Wb, campaignId: string, action: string): Promise<number> {
  return ok(await wb.call('audit.list', { campaignId })).entries.filter((e) => e.action === action).length
}

async function settle(wb: Wb, taskId: string): Promise<TaskView> {
  let task: TaskView
  do {
    await new Promise((r) => setTimeout(r, 20))
    task = ok(await wb.call('tasks.get', { taskId }))
  } while (task.state === 'running')
  return task
}

describe('campaign life cycle: two identical calls at once', () => {
  it('pledges.accept: one 承诺书, one audit entry; the second is told it is signed already', async () => {
    const wb = await workbench()
    const e = ok(await wb.call('experts.add', { name: '王建国', unit: '某技师学院' }))
    const c = ok(await wb.call('campaigns.create', { name: '承诺书', kind: 'diagnostic' }))
    ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: [e.id] }))
    const input = { campaignId: c.id, expertId: e.id, declaration: '无' }
    const { refusal } = oneOf(await Promise.all([wb.call('pledges.accept', input), wb.call('pledges.accept', input)]))
    expect(refusal).toMatchObject({ code: 'CONFLICT', message: '该专家已签署本次评审活动的承诺书。' })
    expect(await auditActions(wb, c.id, 'pledge.accept')).toBe(1)
  })

  it('campaigns.archive and campaigns.restore: each once', async () => {
    const wb = await workbench()
    const c = ok(await wb.call('campaigns.create', { name: '归档', kind: 'diagnostic' }))
    const a = oneOf(await Promise.all([wb.call('campaigns.archive', { campaignId: c.id, reason: '已结束' }), wb.call('campaigns.archive', { campaignId: c.id, reason: '已结束' })]))
    expect(a.refusal).toMatchObject({ code: 'CONFLICT', message: '评审活动「归档」已归档。' })
    expect(await auditActions(wb, c.id, 'campaign.archive')).toBe(1)
    const r = oneOf(await Promise.all([wb.call('campaigns.restore', { campaignId: c.id }), wb.call('campaigns.restore', { campaignId: c.id })]))
    expect(r.refusal).toMatchObject({ code: 'CONFLICT', message: '评审活动「归档」没有归档，无需恢复。' })
    expect(await auditActions(wb, c.id, 'campaign.restore')).toBe(1)
  })

  it('experts.remove: removed once, one record of the removal', async () => {
    const wb = await workbench()
    const e = ok(await wb.call('experts.add', { name: '李明', unit: '某研究院' }))
    const c = ok(await wb.call('campaigns.create', { name: '移除', kind: 'diagnostic' }))
    ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: [e.id] }))
    const input = { expertId: e.id, reason: '调离' }
    const { refusal } = oneOf(await Promise.all([wb.call('experts.remove', input), wb.call('experts.remove', input)]))
    expect(refusal.code).toBe('NOT_FOUND')
    expect((await wb.store.workspaceShard()).data.removedExperts).toHaveLength(1)
    expect(await auditActions(wb, c.id, 'expert.remove')).toBe(1)
  })

  it('roster.import of the same table: every row once; the second import is told to preview again', async () => {
    const wb = await workbench()
    const c = ok(await wb.call('campaigns.create', { name: '申报导入', kind: 'diagnostic' }))
    const csv = join(wb.dir, '..', '申报汇总.csv')
    await writeFile(csv, '学校,专业,协作组\n甲技师学院,数控加工,g3\n乙技工学校,焊接加工,g3\n')
    const input = { campaignId: c.id, source: { path: csv }, mapping: { school: '学校', program: '专业', group: '协作组' }, mode: 'all' as const }
    const { value, refusal } = oneOf(await Promise.all([wb.call('roster.import', input, { trusted: true }), wb.call('roster.import', input, { trusted: true })]))
    expect(value.imported).toBe(2)
    expect(refusal.code).toBe('CONFLICT')
    expect(refusal.message).toContain('请重新预览后导入')
    expect(ok(await wb.call('campaigns.get', { campaignId: c.id })).submissions).toHaveLength(2)
    expect(await auditActions(wb, c.id, 'roster.import')).toBe(1)
  })

  it('materials.remove: removed once, one audit entry', async () => {
    const wb = await workbench()
    const c = ok(await wb.call('campaigns.create', { name: '材料删除', kind: 'diagnostic' }))
    const s = ok(await wb.call('submissions.add', { campaignId: c.id, school: '甲技师学院', program: '数控加工', groupId: 'g3' }))
    const pdf = join(wb.dir, '..', '自评报告.pdf')
    await writeFile(pdf, SAMPLE.pdf('self'))
    ok(await wb.call('materials.addFiles', { campaignId: c.id, submissionId: s.id, sources: [{ path: pdf }] }, { trusted: true }))
    const m = ok(await wb.call('materials.list', { campaignId: c.id, submissionId: s.id }))[0]!
    const input = { campaignId: c.id, submissionId: s.id, sha256: m.sha256, name: m.name, reason: '重复上传' }
    const { refusal } = oneOf(await Promise.all([wb.call('materials.remove', input), wb.call('materials.remove', input)]))
    expect(refusal.code).toBe('NOT_FOUND')
    expect(await auditActions(wb, c.id, 'material.remove')).toBe(1)
  })

  it('two different material imports at once: neither loses its files to the other one’s sweep', async () => {
    const wb = await workbench()
    const c = ok(await wb.call('campaigns.create', { name: '材料导入', kind: 'diagnostic' }))
    const a = ok(await wb.call('submissions.add', { campaignId: c.id, school: '甲技师学院', program: '数控加工', groupId: 'g3' }))
    const b = ok(await wb.call('submissions.add', { campaignId: c.id, school: '乙技工学校', program: '焊接加工', groupId: 'g3' }))
    const small = join(wb.dir, '..', 'a.zip')
    const large = join(wb.dir, '..', 'b.zip')
    await writeFile(small, buildZip([{ name: '甲技师学院_数控加工.pdf', data: SAMPLE.pdf('a') }]))
    await writeFile(large, buildZip(Array.from({ length: 300 }, (_, i) => ({ name: `乙技工学校_焊接加工/材料${i}.pdf`, data: SAMPLE.pdf(`b${i}`) }))))
    // the large import is storing its files (not yet committed) when the small one finishes and sweeps
    const first = ok(await wb.call('materials.import', { campaignId: c.id, source: { path: large } }, { trusted: true }))
    while (ok(await wb.call('tasks.get', { taskId: first.id })).done === 0) await new Promise((r) => setTimeout(r, 2))
    const second = ok(await wb.call('materials.import', { campaignId: c.id, source: { path: small } }, { trusted: true }))
    expect((await settle(wb, second.id)).state).toBe('done')
    expect(ok(await wb.call('tasks.get', { taskId: first.id })).state).toBe('running')
    expect((await settle(wb, first.id)).state).toBe('done')
    const campaign = ok(await wb.call('campaigns.get', { campaignId: c.id }))
    expect(campaign.submissions.find((x) => x.id === a.id)!.materials).toHaveLength(1)
    expect(campaign.submissions.find((x) => x.id === b.id)!.materials).toHaveLength(300)
    const blobs = new AttachmentStore(wb.dir)
    const missing = []
    for (const s of campaign.submissions) for (const m of s.materials) if (!(await blobs.has(m.sha256))) missing.push(m.name)
    expect(missing).toEqual([])
  })

  it('workspace.restoreBackup: a damaged file is restored once; the second is told it reads', async () => {
    const wb = await workbench()
    const c = ok(await wb.call('campaigns.create', { name: '恢复', kind: 'diagnostic' }))
    await wb.close()
    const w2 = await openWorkbench(wb.dir, { door: 'test' })
    ok(await w2.call('campaigns.updateSettings', { campaignId: c.id, name: '恢复（改名）' })) // takes a backup first
    await w2.close()
    const rel = `campaigns/${c.id}/campaign.json`
    await writeFile(join(wb.dir, rel), '{ damaged')
    const w3 = await openWorkbench(wb.dir, { door: 'test' })
    try {
      const { refusal } = oneOf(await Promise.all([w3.call('workspace.restoreBackup', { file: rel }), w3.call('workspace.restoreBackup', { file: rel })]))
      expect(refusal).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('可以正常读取') })
      expect(ok(await w3.call('campaigns.get', { campaignId: c.id })).name).toBe('恢复')
    } finally {
      await w3.close()
    }
  })
})

describe('panels and scoring: two identical calls at once', () => {
  it('conflicts.decide: one decision, one audit entry', async () => {
    const wb = await workbench()
    const e = ok(await wb.call('experts.add', { name: '赵强', unit: '甲技师学院' }))
    const c = ok(await wb.call('campaigns.create', { name: '回避', kind: 'diagnostic' }))
    ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: [e.id] }))
    const s = ok(await wb.call('submissions.add', { campaignId: c.id, school: '乙技工学校', program: '数控加工', groupId: 'g3' }))
    const input = { campaignId: c.id, expertId: e.id, submissionId: s.id, decision: 'conflict' as const, reason: '曾在该校任教' }
    const { refusal } = oneOf(await Promise.all([wb.call('conflicts.decide', input), wb.call('conflicts.decide', input)]))
    expect(refusal).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('认定需要回避，理由相同，未重复记录') })
    expect(await auditActions(wb, c.id, 'conflict.decide')).toBe(1)
    // another decision on the pair is recorded as before
    ok(await wb.call('conflicts.decide', { ...input, decision: 'noConflict', reason: '经核实已离职十年' }))
    expect(await auditActions(wb, c.id, 'conflict.decide')).toBe(2)
  })

  it('campaigns.updateSettings: a rule change at once from two windows is audited once, from what it was', async () => {
    const wb = await workbench()
    const c = ok(await wb.call('campaigns.create', { name: '汇总规则', kind: 'diagnostic' }))
    const input = { campaignId: c.id, aggregationRule: 'mean' as const }
    for (const r of await Promise.all([wb.call('campaigns.updateSettings', input), wb.call('campaigns.updateSettings', input)])) ok(r)
    const entries = ok(await wb.call('audit.list', { campaignId: c.id })).entries.filter((e) => e.action === 'campaign.aggregationRule')
    expect(entries.map((e) => e.data)).toEqual([{ before: 'trimmedMean', after: 'mean' }])
  })

  it('rubric.update after scoring began, twice at once from one edit: one new version; the second is refused as stale', async () => {
    const t = await tempClient()
    cleanup = t.cleanup
    const { api, wb } = t
    const e = await api['experts.add']({ name: '专家', unit: '研究院' })
    const c = await api['campaigns.create']({ name: '指标体系', kind: 'diagnostic' })
    await api['campaigns.addExperts']({ campaignId: c.id, expertIds: [e.id] })
    await api['pledges.accept']({ campaignId: c.id, expertId: e.id, declaration: '无' })
    const s = await api['submissions.add']({ campaignId: c.id, school: '甲技师学院', program: '数控加工', groupId: 'g3' })
    await api['sheets.setEntry']({ campaignId: c.id, expertId: e.id, submissionId: s.id, indicatorCode: '1.1', level: 'A' })
    const rubric = structuredClone((await api['campaigns.get']({ campaignId: c.id })).rubric)
    rubric.dimensions[0]!.indicators[0]!.name = `${rubric.dimensions[0]!.indicators[0]!.name}（修订）`
    const input = { campaignId: c.id, rubric, note: '修订 1.1 名称', baseVersion: 1 }
    const { value, refusal } = oneOf(await Promise.all([wb.call('rubric.update', input), wb.call('rubric.update', input)]))
    expect(value.rubric.version).toBe(2)
    expect(refusal).toMatchObject({ code: 'STALE_VERSION', message: '指标体系已保存为第 2 版（您修改的是第 1 版），本次修改未保存；请重新打开指标体系后再修改。' })
    const after = await api['campaigns.get']({ campaignId: c.id })
    expect(after.rubric.version).toBe(2)
    expect(after.rubricHistory).toHaveLength(1)
    expect(await auditActions(wb as Wb, c.id, 'rubric.version')).toBe(1)
  })

  it('a manual change and a draw that keeps existing panels, at once: the draw keeps the change', async () => {
    const wb = await workbench()
    const c = ok(await wb.call('campaigns.create', { name: '抽取', kind: 'diagnostic' }))
    const experts = []
    for (let i = 0; i < 5; i++) experts.push(ok(await wb.call('experts.add', { name: `专家${i + 1}`, unit: `第${i + 1}研究院`, groupIds: ['g3'] })).id)
    ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: experts }))
    ok(await wb.call('campaigns.updateSettings', { campaignId: c.id, panel: { size: 3 } }))
    const s = ok(await wb.call('submissions.add', { campaignId: c.id, school: '甲技师学院', program: '数控加工', groupId: 'g3' }))
    const first = ok(await wb.call('assignments.autoAssign', { campaignId: c.id, seed: 'seed-2026' }))
    const outsider = experts.find((e) => !first.assignments[s.id]!.expertIds.includes(e))!
    const [change, draw] = await Promise.all([
      wb.call('assignments.change', { campaignId: c.id, submissionId: s.id, add: outsider, reason: '补充一名专家' }),
      wb.call('assignments.autoAssign', { campaignId: c.id, seed: 'seed-2027', keepExisting: true }),
    ])
    ok(change)
    ok(draw)
    const after = ok(await wb.call('campaigns.get', { campaignId: c.id }))
    // the log says the expert was added: the panel has them
    expect(after.assignmentLog.filter((l) => l.action === 'add').map((l) => l.expertId)).toEqual([outsider])
    expect(after.assignments[s.id]!.expertIds).toContain(outsider)
  })
})

async function scoreAndSubmit(api: WorkbenchApi, wb: Pick<Wb, 'store'>, key: { campaignId: string; expertId: string; submissionId: string }, level: Level) {
  const c = await api['campaigns.get']({ campaignId: key.campaignId })
  for (const d of c.rubric.dimensions) for (const ind of d.indicators) await api['sheets.setEntry']({ ...key, indicatorCode: ind.code, level })
  await api['sheets.submit'](await submitInput(wb, key))
}

describe('校准会: two identical calls at once', () => {
  it('open, reveal, decide and close each happen once, with one audit entry each', async () => {
    const t = await tempClient()
    cleanup = t.cleanup
    const { api, wb } = t
    const experts = []
    for (let i = 0; i < 2; i++) experts.push((await api['experts.add']({ name: `专家${i + 1}`, unit: `第${i + 1}研究院`, groupIds: ['g2'] })).id)
    const c = await api['campaigns.create']({ name: '校准', kind: 'diagnostic' })
    const campaignId = c.id
    await api['campaigns.addExperts']({ campaignId, expertIds: experts })
    for (const e of experts) await api['pledges.accept']({ campaignId, expertId: e, declaration: '无' })
    const anchor = await api['submissions.add']({ campaignId, school: '样卷技师学院', program: '数控加工', groupId: 'g2' })
    const call = wb.call
    const count = (action: string) => auditActions(wb as Wb, campaignId, action)

    const open = { campaignId, title: '第一次校准会', chair: '王主任', anchors: [anchor.id] }
    const o = oneOf(await Promise.all([call('calibration.open', open), call('calibration.open', open)]))
    expect(o.refusal).toMatchObject({ code: 'CONFLICT', message: '评审活动「校准」已有进行中的校准会「第一次校准会」。' })
    expect(await count('calibration.open')).toBe(1)

    await scoreAndSubmit(api, wb, { campaignId, expertId: experts[0]!, submissionId: anchor.id }, 'B')
    await scoreAndSubmit(api, wb, { campaignId, expertId: experts[1]!, submissionId: anchor.id }, 'C')
    const r = oneOf(await Promise.all([call('calibration.reveal', { campaignId }), call('calibration.reveal', { campaignId })]))
    expect(r.refusal.code).toBe('CONFLICT')
    expect(r.refusal.message).toContain('已于')
    expect(await count('calibration.reveal')).toBe(1)

    const decide = { campaignId, text: '1.1 按佐证材料的年份从严掌握。', indicators: ['1.1'] }
    const d = oneOf(await Promise.all([call('calibration.decide', decide), call('calibration.decide', decide)]))
    expect(d.refusal).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('未重复记录') })
    expect((await api['calibration.get']({ campaignId })).session!.decisions).toHaveLength(1)
    expect(await count('calibration.decide')).toBe(1)

    const cl = oneOf(await Promise.all([call('calibration.close', { campaignId }), call('calibration.close', { campaignId })]))
    expect(cl.refusal).toMatchObject({ code: 'CONFLICT', message: '校准会「第一次校准会」已结束，不能再修改。' })
    expect(await count('calibration.close')).toBe(1)
  }, 60_000)
})

describe('reports.exportAll: two exports of one campaign at once', () => {
  it('the second is refused while the first runs (they would write the same files of one folder)', async () => {
    const wb = await workbench()
    const c = ok(await wb.call('campaigns.create', { name: '导出', kind: 'diagnostic' }))
    ok(await wb.call('submissions.add', { campaignId: c.id, school: '甲技师学院', program: '数控加工', groupId: 'g3' }))
    const before = await treeHash(wb.dir)
    const { value, refusal } = oneOf(await Promise.all([wb.call('reports.exportAll', { campaignId: c.id }), wb.call('reports.exportAll', { campaignId: c.id })]))
    expect(refusal).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('正在导出') })
    expect((await settle(wb, value.id)).state).toBe('done')
    expect(await treeHash(wb.dir)).not.toBe(before)
    // once it is done, a new export may start
    const again = ok(await wb.call('reports.exportAll', { campaignId: c.id }))
    expect((await settle(wb, again.id)).state).toBe('done')
  })
})

