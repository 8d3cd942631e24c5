import { afterEach, describe, expect, it } from 'vitest'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openWorkbench } from '../../../src/core/api/openApi'
import { WorkspaceStore } from '../../../src/core/storage/workspaceStore'
import type { ScoreSheet } from '../../../src/core/domain/workspace'
import { tempWorkbench, ok, scoringCampaign, TEST_PASSPHRASE } from '../../helpers/tempWorkspace'
import { treeHash } from '../../helpers/treeHash'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

async function scored() {
  const wb = await tempWorkbench()
  cleanup = wb.cleanup
  const s = await scoringCampaign(wb, '端口')
  ok(await wb.call('sheets.setEntry', { ...s.key, indicatorCode: '1.1', level: 'A' }))
  ok(await wb.call('sheets.setComment', { ...s.key, comment: '原有意见' }))
  return { wb, ...s }
}

describe('storage ports that cannot lose a write', () => {
  it('data handed out is read-only in its type and frozen: a change in place throws and never looks saved', async () => {
    const { wb, key } = await scored()
    const shard = await wb.store.sheetsShard(key.campaignId, key.expertId)
    const sheet = shard.data.sheets[key.submissionId]!
    expect(() => {
      // @ts-expect-error the data handed out is DeepReadonly: this must not compile
      sheet.comment = 'changed in place'
    }).toThrow(TypeError)
    expect(() => {
      // @ts-expect-error nested records are read-only too
      sheet.entries['1.2'] = { level: 'B' }
    }).toThrow(TypeError)
    // @ts-expect-error and so is the record of sheets: a sheet is added only by put()
    shard.data.sheets['sub-added-in-place'] = sheet
    // the campaign file: a change outside update() throws as well
    const campaignShard = await wb.store.campaignShard(key.campaignId)
    expect(() => {
      campaignShard.data.campaign.name = 'changed in place'
    }).toThrow(TypeError)
    // update() hands its callback a draft: changing the data it was given is what gets written
    await campaignShard.update((d) => {
      d.campaign.name = '经草稿修改'
    })
    await wb.close()
    const again = await openWorkbench(wb.dir, { door: 'test' })
    const reread = ok(await again.call('sheets.get', key)).sheet
    expect(reread.comment).toBe('原有意见')
    expect(Object.keys((await again.store.sheetsShard(key.campaignId, key.expertId)).data.sheets)).toEqual([key.submissionId])
    expect(reread.entries).toEqual({ '1.1': { level: 'A' } })
    expect(ok(await again.call('campaigns.get', { campaignId: key.campaignId })).name).toBe('经草稿修改')
    await again.close()
  })

  it('put(key, next, expectVersion) refuses a stale version with STALE_VERSION and writes exactly that sheet', async () => {
    const { wb, key, campaign, expert } = await scored()
    const shard = await wb.store.sheetsShard(key.campaignId, key.expertId)
    const current = shard.data.sheets[key.submissionId]! as ScoreSheet
    const next: ScoreSheet = { ...structuredClone(current), comment: '经 put 保存', version: current.version + 1 }
    const before = await treeHash(wb.dir)
    await expect(shard.put(key.submissionId, next, current.version - 1)).rejects.toMatchObject({ code: 'STALE_VERSION', message: expect.stringContaining('为避免覆盖') })
    expect(await treeHash(wb.dir)).toBe(before)
    const saved = await shard.put(key.submissionId, next, current.version)
    expect(saved.comment).toBe('经 put 保存')
    const journal = await readFile(join(wb.dir, 'campaigns', campaign.id, 'sheets', `${expert.id}.journal.jsonl`), 'utf8')
    expect(JSON.parse(journal.trim().split('\n').at(-1)!)).toEqual({ k: key.submissionId, v: next })
    // putting the same sheet again changes nothing and writes nothing
    const same = await treeHash(wb.dir)
    await shard.put(key.submissionId, next, next.version)
    expect(await treeHash(wb.dir)).toBe(same)
  })

  it('refused saves fold nothing, back up nothing, and do not freeze the rubric', async () => {
    const { wb, key, campaign } = await scored()
    await wb.close()
    const w2 = await openWorkbench(wb.dir, { door: 'test' })
    const before = await treeHash(wb.dir)
    const stale = await w2.call('sheets.setEntry', { ...key, indicatorCode: '1.2', level: 'B', baseVersion: 0 })
    expect(stale).toMatchObject({ ok: false, error: { code: 'STALE_VERSION' } })
    const incomplete = await w2.call('sheets.submit', { ...key, passphrase: TEST_PASSPHRASE })
    expect(incomplete).toMatchObject({ ok: false, error: { code: 'SHEET_INCOMPLETE' } })
    const nobody = await w2.call('experts.update', { expertId: 'exp-nobody', name: '无此人' })
    expect(nobody.ok).toBe(false)
    expect(await treeHash(wb.dir)).toBe(before)
    await w2.close()

    // a campaign whose first save is refused stays unfrozen
    const w3 = await openWorkbench(wb.dir, { door: 'test' })
    const other = ok(await w3.call('submissions.add', { campaignId: campaign.id, school: '另一学校', program: '焊接加工', groupId: 'g3' }))
    const fresh = ok(await w3.call('campaigns.create', { name: '未开始', kind: 'diagnostic' }))
    ok(await w3.call('campaigns.addExperts', { campaignId: fresh.id, expertIds: [key.expertId] }))
    ok(await w3.call('pledges.accept', { campaignId: fresh.id, expertId: key.expertId, declaration: '无' }))
    const s2 = ok(await w3.call('submissions.add', { campaignId: fresh.id, school: '某学校', program: '某专业', groupId: 'g3' }))
    const refused = await w3.call('sheets.setEntry', { campaignId: fresh.id, expertId: key.expertId, submissionId: s2.id, indicatorCode: '1.1', level: 'A', baseVersion: 3 })
    expect(refused).toMatchObject({ ok: false, error: { code: 'STALE_VERSION' } })
    expect(ok(await w3.call('campaigns.get', { campaignId: fresh.id })).rubricFrozenAt).toBeUndefined()
    ok(await w3.call('sheets.setEntry', { campaignId: fresh.id, expertId: key.expertId, submissionId: s2.id, indicatorCode: '1.1', level: 'A', baseVersion: 0 }))
    expect(ok(await w3.call('campaigns.get', { campaignId: fresh.id })).rubricFrozenAt).toBeTruthy()
    void other
    await w3.close()
  })

  it('restoreBackup refuses a file that reads, even one not opened yet in this session', async () => {
    const { wb, key, campaign, expert } = await scored()
    await wb.close()
    const w2 = await openWorkbench(wb.dir, { door: 'test' })
    ok(await w2.call('sheets.setEntry', { ...key, indicatorCode: '1.2', level: 'C' })) // takes a backup
    await w2.close()
    const rel = `campaigns/${campaign.id}/sheets/${expert.id}.json`
    const w3 = await openWorkbench(wb.dir, { door: 'test' })
    const before = await treeHash(wb.dir)
    const r = await w3.call('workspace.restoreBackup', { file: rel })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('可以正常读取') } })
    expect(await treeHash(wb.dir)).toBe(before)
    expect(ok(await w3.call('sheets.get', key)).sheet.entries['1.2']).toEqual({ level: 'C' })
    await w3.close()
  })

  it('temp files a kill left behind are removed when the workspace is opened', async () => {
    const { wb, campaign, expert } = await scored()
    await wb.close()
    const sheetsDir = join(wb.dir, 'campaigns', campaign.id, 'sheets')
    const leftovers = [
      join(sheetsDir, `.${expert.id}.json.99999.3.tmp`),
      join(wb.dir, '.workspace.json.12345.1.tmp'),
      join(wb.dir, 'campaigns', campaign.id, '.campaign.json.777.2.tmp'),
      join(wb.dir, '.lock-claim-4194999-abcdef'),
      join(wb.dir, '.staging', 'uploads', 'up-0123456789abcdef'),
      join(wb.dir, 'attachments', '.staging', '0b6f-dead.part'),
    ]
    await mkdir(join(wb.dir, '.staging', 'uploads'), { recursive: true })
    await mkdir(join(wb.dir, 'attachments', '.staging'), { recursive: true })
    for (const f of leftovers) await writeFile(f, 'half')
    const keep = join(sheetsDir, 'notes.tmp.txt')
    await writeFile(keep, 'not ours')
    const store = await WorkspaceStore.open(wb.dir, { door: 'test' })
    for (const f of leftovers) await expect(readFile(f)).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await readdir(sheetsDir)).toContain('notes.tmp.txt')
    await store.close()
  })
})
