import { afterEach, describe, expect, it } from 'vitest'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openWorkbench } from '../../../src/core/api/openApi'
import { CampaignFileSchema, SheetsFileSchema, WorkspaceFileSchema } from '../../../src/core/domain/workspace'
import { parseWorkspaceFile } from '../../../src/core/storage/jsonFileAdapter'
import { tempWorkbench, ok, scoringCampaign } from '../../helpers/tempWorkspace'
import { installFullDisk } from '../../helpers/faultIo'

const FULL_MESSAGE = '磁盘空间不足，本次修改未保存；此前已保存的内容不受影响。请释放磁盘空间后重试。'

let undo: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const u of undo.reverse()) await u()
  undo = []
})

/** A ~4 KB comment (Chinese text is 3 bytes a character in UTF-8), different for each n. */
const comment = (n: number) => `第${n}次修改：${'评审意见较为充分'.repeat(160)}`

async function setup() {
  const wb = await tempWorkbench()
  undo.push(wb.cleanup)
  const { key, campaign, expert } = await scoringCampaign(wb, '满盘')
  ok(await wb.call('sheets.setComment', { ...key, comment: comment(0) }))
  const rel = `campaigns/${campaign.id}/sheets/${expert.id}`
  return { wb, key, campaign, snap: join(wb.dir, `${rel}.json`), journal: join(wb.dir, `${rel}.journal.jsonl`) }
}

/** What a restart reads: every file parses, the journal holds only whole lines, and the sheet is returned. */
async function restartRead(dir: string, key: Record<string, string>, campaignId: string) {
  parseWorkspaceFile(await readFile(join(dir, 'workspace.json'), 'utf8'), 'workspace.json', WorkspaceFileSchema, 'workspace')
  parseWorkspaceFile(await readFile(join(dir, 'campaigns', campaignId, 'campaign.json'), 'utf8'), 'campaign.json', CampaignFileSchema, 'campaign')
  const again = await openWorkbench(dir, { door: 'test' })
  try {
    const view = ok(await again.call('sheets.get', key))
    const audit = ok(await again.call('audit.list', { campaignId }))
    return { view, audit }
  } finally {
    await again.close()
  }
}

describe('a full disk (a write that fails after N bytes)', () => {
  it('loses no acknowledged save, tells the user in Chinese, cuts the journal back, and resumes when space returns', async () => {
    const { wb, key, campaign, journal } = await setup()
    const disk = installFullDisk(Infinity)
    undo.push(disk.restore)
    let acked = ok(await wb.call('sheets.get', key)).sheet.version
    let lastComment = comment(0)
    // room for a few more saves, then a short write in the middle of one
    disk.setFree(3 * 4096 + 1500)
    const refusals: Array<{ code: string; message: string }> = []
    for (let n = 1; n <= 8; n++) {
      const r = await wb.call('sheets.setComment', { ...key, comment: comment(n), baseVersion: acked })
      if (r.ok) {
        acked = r.value.sheet.version
        lastComment = comment(n)
      } else {
        refusals.push(r.error)
        // memory matches the disk: what the app shows is the last acknowledged save
        const shown = ok(await wb.call('sheets.get', key)).sheet
        expect(shown.version).toBe(acked)
        expect(shown.comment).toBe(lastComment)
        // the journal holds only whole lines: the torn append was cut back
        const text = await readFile(journal, 'utf8')
        expect(text.endsWith('\n')).toBe(true)
        for (const line of text.trim().split('\n')) JSON.parse(line)
      }
    }
    expect(refusals.length).toBeGreaterThanOrEqual(4)
    expect(disk.state.faults).toBeGreaterThan(0)
    for (const e of refusals) expect(e).toEqual({ code: 'STORAGE_FULL', message: FULL_MESSAGE, details: { errno: 'ENOSPC' } })
    const beforeSpace = acked

    // space returns: saving resumes by itself, on a clean line
    disk.setFree(Infinity)
    for (let n = 20; n < 24; n++) {
      const v = ok(await wb.call('sheets.setComment', { ...key, comment: comment(n), baseVersion: acked }))
      acked = v.sheet.version
      lastComment = comment(n)
    }
    expect(acked).toBe(beforeSpace + 4)
    await wb.close()
    const { view } = await restartRead(wb.dir, key, campaign.id)
    expect(view.sheet.version).toBe(acked)
    expect(view.sheet.comment).toBe(lastComment)
  })

  it('a full disk during a whole-file write (the session fold, a backup, campaign.json) removes its temp file and keeps the file', async () => {
    const { wb, key, campaign, snap } = await setup()
    ok(await wb.call('sheets.setComment', { ...key, comment: comment(1) }))
    await wb.close()
    const w2 = await openWorkbench(wb.dir, { door: 'test' })
    undo.push(() => w2.close())
    const disk = installFullDisk(100)
    undo.push(disk.restore)
    const before = await readFile(snap, 'utf8')
    const r = await w2.call('sheets.setComment', { ...key, comment: comment(2) })
    expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE_FULL', message: FULL_MESSAGE } })
    const r2 = await w2.call('campaigns.updateSettings', { campaignId: campaign.id, name: '改名后的活动' })
    expect(r2).toMatchObject({ ok: false, error: { code: 'STORAGE_FULL' } })
    expect(ok(await w2.call('campaigns.get', { campaignId: campaign.id })).name).toBe('满盘')
    expect(await readFile(snap, 'utf8')).toBe(before)
    for (const d of [join(snap, '..'), join(snap, '../..'), wb.dir]) {
      expect((await readdir(d)).filter((n) => n.endsWith('.tmp'))).toEqual([])
    }
    disk.setFree(Infinity)
    const v = ok(await w2.call('sheets.setComment', { ...key, comment: comment(3) }))
    ok(await w2.call('campaigns.updateSettings', { campaignId: campaign.id, name: '改名后的活动' }))
    await w2.close()
    const { view } = await restartRead(wb.dir, key, campaign.id)
    expect(view.sheet).toMatchObject({ version: v.sheet.version, comment: comment(3) })
  })

  it('an audit append cut short leaves the chain whole and continues it once space returns', async () => {
    // installed first: the audit log keeps its file open once it has appended (pledges.accept does)
    const disk = installFullDisk(Infinity)
    undo.push(disk.restore)
    const { wb, key, campaign } = await setup()
    const decide = (reason: string) =>
      wb.call('conflicts.decide', { campaignId: campaign.id, expertId: key.expertId, submissionId: key.submissionId, decision: 'noConflict', reason })
    ok(await decide('第一次核实'))
    const before = ok(await wb.call('audit.list', { campaignId: campaign.id }))
    // room for the new campaign.json and a part of the audit line after it
    const campaignBytes = (await readFile(join(wb.dir, 'campaigns', campaign.id, 'campaign.json'))).length
    disk.setFree(campaignBytes + 120)
    const r = await decide('第二次核实')
    expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE_FULL' } })
    expect(disk.state.faults).toBeGreaterThan(0)
    const audit = await readFile(join(wb.dir, 'campaigns', campaign.id, 'audit.jsonl'), 'utf8')
    expect(audit.endsWith('\n')).toBe(true)
    disk.setFree(Infinity)
    // the decision reached the disk with its entry in campaign.json's outbox (storage/auditOutbox.ts):
    // once space returns the log's next use appends it, once, marked recovered — the record is not lost
    const mid = ok(await wb.call('audit.list', { campaignId: campaign.id }))
    expect(mid.entries.slice(0, -1)).toEqual(before.entries)
    expect(mid.entries.at(-1)).toMatchObject({ action: 'conflict.decide', data: { reason: '第二次核实' }, recovered: true })
    expect(mid.chain).toEqual({ ok: true, count: before.entries.length + 1 })
    ok(await decide('第三次核实'))
    const after = ok(await wb.call('audit.list', { campaignId: campaign.id }))
    expect(after.chain).toEqual({ ok: true, count: before.entries.length + 2 })
    expect(after.entries.filter((e) => e.action === 'conflict.decide').map((e) => e.data.reason)).toEqual(['第一次核实', '第二次核实', '第三次核实'])
    expect(after.entries.map((e) => e.seq)).toEqual(after.entries.map((_, i) => i + 1))
    await wb.close()
    const { audit: reread } = await restartRead(wb.dir, key, campaign.id)
    expect(reread.chain).toEqual(after.chain)
  })

  it('an fsync that fails with EIO is reported as STORAGE_IO and not acknowledged', async () => {
    const { wb, key } = await setup()
    const before = ok(await wb.call('sheets.get', key)).sheet
    const disk = installFullDisk(Infinity)
    undo.push(disk.restore)
    disk.state.failSync = 'EIO'
    const r = await wb.call('sheets.setComment', { ...key, comment: comment(9) })
    expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE_IO' } })
    if (!r.ok) expect(r.error.message).toContain('本次修改未保存')
    expect(ok(await wb.call('sheets.get', key)).sheet).toEqual(before)
    disk.state.failSync = null
    ok(await wb.call('sheets.setComment', { ...key, comment: comment(10) }))
  })

  it('an upload chunk cut short is refused with STORAGE_FULL and can be sent again once space returns', async () => {
    const { wb } = await setup()
    const disk = installFullDisk(Infinity)
    undo.push(disk.restore)
    const data = Buffer.alloc(64 * 1024, 7)
    const { uploadId } = ok(await wb.call('uploads.begin', { name: '材料.zip', size: data.length * 2 }))
    ok(await wb.call('uploads.chunk', { uploadId, offset: 0, base64: data.toString('base64') }))
    disk.setFree(1000)
    const r = await wb.call('uploads.chunk', { uploadId, offset: data.length, base64: data.toString('base64') })
    expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE_FULL', message: FULL_MESSAGE } })
    disk.setFree(Infinity)
    expect(ok(await wb.call('uploads.chunk', { uploadId, offset: data.length, base64: data.toString('base64') }))).toEqual({ received: data.length * 2 })
    expect((await readFile(join(wb.dir, '.staging', 'uploads', uploadId))).length).toBe(data.length * 2)
  })
})
