import { afterEach, describe, expect, it } from 'vitest'
import { tempWorkbench, ok } from '../../helpers/tempWorkspace'
import { treeHash } from '../../helpers/treeHash'
import { buildZip, SAMPLE } from '../intake/helpers/zipBuilder'
import type { TaskView } from '../../../src/core/api/taskView'

type Wb = Awaited<ReturnType<typeof tempWorkbench>>
let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

async function upload(wb: Wb, name: string, bytes: Buffer): Promise<{ uploadId: string }> {
  const { uploadId } = ok(await wb.call('uploads.begin', { name, size: bytes.length }))
  ok(await wb.call('uploads.chunk', { uploadId, offset: 0, base64: bytes.toString('base64') }))
  return { uploadId }
}

async function settle(wb: Wb, taskId: string): Promise<TaskView> {
  let task: TaskView
  do {
    await new Promise((r) => setTimeout(r, 20))
    task = ok(await wb.call('tasks.get', { taskId }))
  } while (task.state === 'running')
  return task
}

async function campaignWithUnmatched() {
  const wb = await tempWorkbench()
  cleanup = wb.cleanup
  const c = ok(await wb.call('campaigns.create', { name: '材料关联', kind: 'diagnostic' }))
  const s = ok(await wb.call('submissions.add', { campaignId: c.id, school: '甲技师学院', program: '数控加工', groupId: 'g3' }))
  const zip = buildZip([
    { name: '甲技师学院_数控加工.pdf', data: SAMPLE.pdf('matched') },
    { name: '乙学院_焊接/自评报告.pdf', data: SAMPLE.pdf('unmatched') },
  ])
  const task = await settle(wb, ok(await wb.call('materials.import', { campaignId: c.id, source: await upload(wb, '材料.zip', zip) })).id)
  expect(task.state).toBe('done')
  return { wb, c, s }
}

// Issue 9 item 15: an unmatched material can be attached by hand; single files go straight to a submission.
describe('materials.attach: an unmatched file attached to a chosen submission', () => {
  it('keeps what an import could not match, attaches it with the reason in the audit log, and empties the list', async () => {
    const { wb, c, s } = await campaignWithUnmatched()
    const unmatched = ok(await wb.call('materials.unmatched', { campaignId: c.id }))
    expect(unmatched.map((u) => u.path)).toEqual(['乙学院_焊接/自评报告.pdf'])
    expect(unmatched[0]!.source).toBe('材料.zip')
    const u = unmatched[0]!
    const m = ok(await wb.call('materials.attach', { campaignId: c.id, submissionId: s.id, sha256: u.sha256, path: u.path, reason: '学校名称写错' }))
    expect(m.name).toBe('自评报告.pdf')
    const list = ok(await wb.call('materials.list', { campaignId: c.id, submissionId: s.id }))
    expect(list.map((x) => x.name).sort()).toEqual(['甲技师学院_数控加工.pdf', '自评报告.pdf'])
    expect(ok(await wb.call('materials.unmatched', { campaignId: c.id }))).toEqual([])
    const audit = ok(await wb.call('audit.list', { campaignId: c.id }))
    const entry = audit.entries.find((a) => a.action === 'materials.attach')
    expect(entry?.data).toMatchObject({ submissionId: s.id, file: '自评报告.pdf', reason: '学校名称写错' })
  })

  it('refuses an unknown submission or material in Chinese and writes nothing', async () => {
    const { wb, c, s } = await campaignWithUnmatched()
    const u = ok(await wb.call('materials.unmatched', { campaignId: c.id }))[0]!
    const before = await treeHash(wb.dir)
    const noSub = await wb.call('materials.attach', { campaignId: c.id, submissionId: 'sub-nobody', sha256: u.sha256, path: u.path, reason: '' })
    expect(noSub.ok).toBe(false)
    if (!noSub.ok) expect(noSub.error.message).toContain('没有所选的申报')
    const noFile = await wb.call('materials.attach', { campaignId: c.id, submissionId: s.id, sha256: 'a'.repeat(64), path: u.path, reason: '' })
    expect(noFile.ok).toBe(false)
    if (!noFile.ok) expect(noFile.error.message).toContain('未匹配的材料中没有')
    expect(await treeHash(wb.dir)).toBe(before)
    expect(ok(await wb.call('materials.unmatched', { campaignId: c.id }))).toHaveLength(1)
  })
})

describe('materials.addFiles: single files to one submission, checked like a zip entry', () => {
  it('adds a PDF and an image, skips a file whose content is not an allowed type', async () => {
    const wb = await tempWorkbench()
    cleanup = wb.cleanup
    const c = ok(await wb.call('campaigns.create', { name: '单个文件', kind: 'diagnostic' }))
    const s = ok(await wb.call('submissions.add', { campaignId: c.id, school: '甲技师学院', program: '数控加工', groupId: 'g3' }))
    const sources = [
      await upload(wb, '人才培养方案.pdf', SAMPLE.pdf('plan')),
      await upload(wb, '实训室.png', SAMPLE.png()),
      await upload(wb, '伪装.pdf', Buffer.from('MZ\u0090\u0000 not a pdf at all, an executable')),
    ]
    const r = ok(await wb.call('materials.addFiles', { campaignId: c.id, submissionId: s.id, sources }))
    expect(r.attached).toBe(2)
    expect(r.skipped.map((k) => k.path)).toEqual(['伪装.pdf'])
    const list = ok(await wb.call('materials.list', { campaignId: c.id, submissionId: s.id }))
    expect(list.map((m) => [m.name, m.mime])).toEqual([
      ['人才培养方案.pdf', 'application/pdf'],
      ['实训室.png', 'image/png'],
    ])
  })

  it('refuses an unknown submission and writes nothing', async () => {
    const wb = await tempWorkbench()
    cleanup = wb.cleanup
    const c = ok(await wb.call('campaigns.create', { name: '单个文件', kind: 'diagnostic' }))
    const src = await upload(wb, '方案.pdf', SAMPLE.pdf('x'))
    const before = await treeHash(wb.dir)
    const r = await wb.call('materials.addFiles', { campaignId: c.id, submissionId: 'sub-nobody', sources: [src] })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toMatch(/没有申报/)
    expect(await treeHash(wb.dir)).toBe(before)
  })
})
