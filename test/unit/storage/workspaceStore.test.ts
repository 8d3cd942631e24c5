import { afterEach, describe, expect, it } from 'vitest'
import { readFile, writeFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { openWorkbench } from '../../../src/core/api/openApi'
import { WorkspaceStore } from '../../../src/core/storage/workspaceStore'
import { WORKSPACE_SCHEMA_VERSION } from '../../../src/core/domain/workspace'
import { BACKUPS_PER_FILE } from '../../../src/core/storage/backups'
import { tempWorkbench, ok, scoringCampaign } from '../../helpers/tempWorkspace'

let cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanups.reverse()) await c()
  cleanups = []
})

async function scoredWorkspace() {
  const wb = await tempWorkbench()
  cleanups.push(wb.cleanup)
  const { expert, campaign, key } = await scoringCampaign(wb)
  ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.1', level: 'A' }))
  const sheetsRel = `campaigns/${campaign.id}/sheets/${expert.id}.json`
  return { wb, key, sheetsRel }
}

describe('workspace files', () => {
  it('writes compact JSON with kind and schemaVersion, and leaves no temp files', async () => {
    const { wb, sheetsRel } = await scoredWorkspace()
    const raw = JSON.parse(await readFile(join(wb.dir, sheetsRel), 'utf8'))
    expect(raw).toMatchObject({ kind: 'sheets', schemaVersion: WORKSPACE_SCHEMA_VERSION })
    expect(JSON.parse(await readFile(join(wb.dir, 'workspace.json'), 'utf8'))).toMatchObject({ kind: 'workspace', schemaVersion: WORKSPACE_SCHEMA_VERSION })
    const names = await readdir(join(wb.dir, sheetsRel, '..'))
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('serializes concurrent saves: every acknowledged change is on disk, versions are consecutive', async () => {
    const { wb, key, sheetsRel } = await scoredWorkspace()
    const codes = ['1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '4.1', '4.2']
    const results = await Promise.all(codes.map((c) => wb.call('sheets.setEntry', { ...key, indicatorCode: c, level: 'B' })))
    const versions = results.map((r) => ok(r).sheet.version).sort((a, b) => a - b)
    expect(versions).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    // what a fresh process reads back: the snapshot with its journal replayed
    await wb.close()
    const fresh = await WorkspaceStore.open(wb.dir)
    const onDisk = (await fresh.sheetsShard(key.campaignId, key.expertId)).data.sheets[key.submissionId]!
    await fresh.close()
    expect(onDisk.version).toBe(11)
    // saves went to the journal: the snapshot was not rewritten ten times
    const journal = await readFile(join(wb.dir, sheetsRel.replace(/\.json$/, '.journal.jsonl')), 'utf8')
    expect(journal.trim().split('\n').length).toBeGreaterThanOrEqual(1)
    for (const c of codes) expect(onDisk.entries[c]).toEqual({ level: 'B' })
  })

  it('refuses a damaged file, never writes over it, and restores the last backup', async () => {
    const { wb, key, sheetsRel } = await scoredWorkspace()
    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.2', level: 'C' }))
    await wb.close()
    // reopen: the first write of this session backs the file up first
    const wb2 = await openWorkbench(wb.dir, { door: 'test' })
    ok(await wb2.call('sheets.setEntry', { ...key, indicatorCode: '1.3', level: 'B' }))
    await wb2.close()
    const damaged = '{"kind":"sheets","schemaVersion":1,"sheets":{"x": tru'
    await writeFile(join(wb.dir, sheetsRel), damaged)

    const wb3 = await openWorkbench(wb.dir, { door: 'test' })
    const refused = await wb3.call('sheets.setEntry', { ...key, indicatorCode: '2.1', level: 'A' })
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.error.code).toBe('WORKSPACE_FILE_CORRUPT')
    expect(refused.error.message).toContain(sheetsRel)
    expect(refused.error.message).toContain('已损坏')
    expect(await readFile(join(wb.dir, sheetsRel), 'utf8')).toBe(damaged)

    const backups = ok(await wb3.call('workspace.listBackups', { file: sheetsRel }))
    expect(backups.length).toBeGreaterThanOrEqual(1)
    ok(await wb3.call('workspace.restoreBackup', { file: sheetsRel }))
    const view = ok(await wb3.call('sheets.get', key))
    // the backup was taken before session 2's first write (1.1 and 1.2); session 2's save of 1.3
    // went to the intact journal, which replays onto the restored backup
    expect(view.sheet.entries).toEqual({ '1.1': { level: 'A' }, '1.2': { level: 'C' }, '1.3': { level: 'B' } })
    // the damaged file is kept, not deleted
    const kept = await readdir(join(wb.dir, '.backups', 'damaged'))
    expect(kept.some((n) => n.includes('sheets__') && !n.includes('journal'))).toBe(true)
    await wb3.close()
  })

  it('keeps at most BACKUPS_PER_FILE copies of a file', async () => {
    const { wb, key, sheetsRel } = await scoredWorkspace()
    await wb.close()
    for (let i = 0; i < BACKUPS_PER_FILE + 3; i++) {
      const w = await openWorkbench(wb.dir, { door: 'test' })
      ok(await w.call('sheets.setEntry', { ...key, indicatorCode: '1.2', level: i % 2 ? 'A' : 'B' }))
      await w.close()
    }
    const w = await openWorkbench(wb.dir, { door: 'test' })
    expect(ok(await w.call('workspace.listBackups', { file: sheetsRel }))).toHaveLength(BACKUPS_PER_FILE)
    await w.close()
  })

  it('refuses a file from a newer workbench without touching it', async () => {
    const { wb } = await scoredWorkspace()
    await wb.close()
    const path = join(wb.dir, 'workspace.json')
    const newer = JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), schemaVersion: WORKSPACE_SCHEMA_VERSION + 1 })
    await writeFile(path, newer)
    await expect(openWorkbench(wb.dir, { door: 'test' })).rejects.toMatchObject({
      code: 'WORKSPACE_VERSION_UNSUPPORTED',
      message: expect.stringContaining('更新版本'),
    })
    expect(await readFile(path, 'utf8')).toBe(newer)
    // the refused open released its lock
    await expect(readFile(join(wb.dir, '.lock'), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('lets one process own a workspace and names the owner to a second', async () => {
    const { wb } = await scoredWorkspace()
    // a lock written by another live process (our parent stands in for it)
    await wb.close()
    await writeFile(join(wb.dir, '.lock'), JSON.stringify({ pid: process.ppid, host: (await import('node:os')).hostname(), startedAt: 'x', door: 'Electron' }))
    await expect(WorkspaceStore.open(wb.dir)).rejects.toMatchObject({ code: 'WORKSPACE_LOCKED' })
    // a stale lock (no such process) is taken over
    await writeFile(join(wb.dir, '.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), startedAt: 'x', door: 'CLI' }))
    const s = await WorkspaceStore.open(wb.dir)
    await s.close()
  })
})
