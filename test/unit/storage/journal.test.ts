import { afterEach, describe, expect, it } from 'vitest'
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openWorkbench } from '../../../src/core/api/openApi'
import { tempWorkbench, ok, scoringCampaign } from '../../helpers/tempWorkspace'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

async function setup() {
  const wb = await tempWorkbench()
  cleanup = wb.cleanup
  const { key } = await scoringCampaign(wb, '日志')
  const rel = `campaigns/${key.campaignId}/sheets/${key.expertId}.json`
  return { wb, key, snap: join(wb.dir, rel), journal: join(wb.dir, rel.replace(/\.json$/, '.journal.jsonl')) }
}

describe('sheets journal', () => {
  it('appends a save instead of rewriting the shard, and replays it on open', async () => {
    const { wb, key, snap, journal } = await setup()
    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.1', level: 'A' })) // first write: snapshot
    const snapBefore = await readFile(snap, 'utf8')
    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.2', level: 'B' }))
    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.3', level: 'C' }))
    expect(await readFile(snap, 'utf8')).toBe(snapBefore)
    expect((await readFile(journal, 'utf8')).trim().split('\n')).toHaveLength(2)
    await wb.close()
    const again = await openWorkbench(wb.dir, { door: 'test' })
    expect(ok(await again.call('sheets.get', key)).sheet.entries).toEqual({ '1.1': { level: 'A' }, '1.2': { level: 'B' }, '1.3': { level: 'C' } })
    // the session's first write folds the journal into the snapshot and backs that up
    ok(await again.call('sheets.setEntry', { ...key, indicatorCode: '2.1', level: 'D' }))
    const backups = ok(await again.call('workspace.listBackups', { file: snap.slice(wb.dir.length + 1) }))
    const backup = JSON.parse(await readFile(join(wb.dir, '.backups', snap.slice(wb.dir.length + 1).split('/').join('__'), backups[0]!.name), 'utf8'))
    expect(Object.keys(backup.sheets[key.submissionId].entries).sort()).toEqual(['1.1', '1.2', '1.3'])
    await again.close()
  })

  it('ignores and cuts off a torn last line; refuses a damaged line before it', async () => {
    const { wb, key, journal } = await setup()
    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.1', level: 'A' }))
    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.2', level: 'B' }))
    await wb.close()
    await appendFile(journal, '{"k":"x","v":{"submissi') // a crash in the middle of an append
    const w2 = await openWorkbench(wb.dir, { door: 'test' })
    expect(ok(await w2.call('sheets.get', key)).sheet.entries['1.2']).toEqual({ level: 'B' })
    await w2.close()

    const lines = (await readFile(journal, 'utf8')).split('\n')
    await writeFile(journal, ['{"k": broken', ...lines].join('\n'))
    const damaged = await readFile(journal, 'utf8')
    const w3 = await openWorkbench(wb.dir, { door: 'test' })
    const r = await w3.call('sheets.get', key)
    expect(r).toMatchObject({ ok: false, error: { code: 'WORKSPACE_FILE_CORRUPT' } })
    if (!r.ok) expect(r.error.message).toContain('第 1 行')
    expect(await readFile(journal, 'utf8')).toBe(damaged)
    await w3.close()
  })

  it('compacts into the snapshot after 1,000 journal lines', async () => {
    const { wb, key, snap, journal } = await setup()
    const codes = ['1.1', '1.2', '1.3', '2.1']
    for (let i = 0; i < 1003; i++) {
      ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: codes[i % 4]!, level: (['A', 'B', 'C', 'D'] as const)[i % 3]! }))
    }
    const lines = (await readFile(journal, 'utf8').catch(() => '')).split('\n').filter(Boolean).length
    expect(lines).toBeLessThan(1000)
    const snapshot = JSON.parse(await readFile(snap, 'utf8'))
    expect(snapshot.sheets[key.submissionId].version).toBeGreaterThan(990)
    expect((await stat(snap)).size).toBeGreaterThan(0)
  }, 60_000)
})
