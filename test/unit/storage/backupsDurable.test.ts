import { afterEach, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openWorkbench } from '../../../src/core/api/openApi'
import { SheetsFileSchema } from '../../../src/core/domain/workspace'
import { parseWorkspaceFile } from '../../../src/core/storage/jsonFileAdapter'
import { BACKUPS_PER_FILE } from '../../../src/core/storage/backups'
import { tempDir, tempWorkbench, ok, scoringCampaign } from '../../helpers/tempWorkspace'
import { installPowerLoss } from '../../helpers/faultIo'

let undo: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const u of undo.reverse()) await u()
  undo = []
})

describe('backups survive a power loss', () => {
  it(`every backup offered parses after a power loss right after it was taken, over ${BACKUPS_PER_FILE + 3} crash cycles`, async () => {
    const wb = await tempWorkbench()
    undo.push(wb.cleanup)
    const { key, campaign, expert } = await scoringCampaign(wb, '断电')
    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.1', level: 'A' }))
    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.2', level: 'B' }))
    await wb.close()
    const rel = `campaigns/${campaign.id}/sheets/${expert.id}.json`
    const images = await tempDir('wb-crash-')
    undo.push(images.cleanup)
    let dir = wb.dir
    for (let cycle = 0; cycle < BACKUPS_PER_FILE + 3; cycle++) {
      const power = installPowerLoss(dir)
      const w = await openWorkbench(dir, { door: 'test' })
      // the session's first write of the sheets file: fold the journal, take a backup, save
      ok(await w.call('sheets.setEntry', { ...key, indicatorCode: '1.3', level: (['A', 'B', 'C', 'D'] as const)[cycle % 4] }))
      const image = join(images.dir, `cycle-${cycle}`)
      await power.crashImage(image) // the power goes: the process never closes the workspace
      power.restore()
      await w.close()
      dir = image
      const after = await openWorkbench(dir, { door: 'test' })
      const offered = ok(await after.call('workspace.listBackups', { file: rel }))
      // one backup per session so far, none lost to the power loss, at most BACKUPS_PER_FILE kept
      expect(offered.length).toBe(Math.min(cycle + 1, BACKUPS_PER_FILE))
      for (const b of offered) {
        const text = await readFile(join(dir, '.backups', rel.split('/').join('__'), b.name), 'utf8')
        expect(() => parseWorkspaceFile(text, rel, SheetsFileSchema, 'sheets')).not.toThrow()
      }
      // the newest backup holds what was saved before this session
      const newest = JSON.parse(await readFile(join(dir, '.backups', rel.split('/').join('__'), offered[0]!.name), 'utf8'))
      expect(Object.keys(newest.sheets[key.submissionId].entries)).toContain('1.2')
      await after.close()
    }
  }, 120_000)

  it('offers only backups that parse, and restores from the newest good one', async () => {
    const wb = await tempWorkbench()
    undo.push(wb.cleanup)
    const { key, campaign, expert } = await scoringCampaign(wb, '坏备份')
    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.1', level: 'A' }))
    await wb.close()
    const w2 = await openWorkbench(wb.dir, { door: 'test' })
    ok(await w2.call('sheets.setEntry', { ...key, indicatorCode: '1.2', level: 'B' }))
    await w2.close()
    const rel = `campaigns/${campaign.id}/sheets/${expert.id}.json`
    const folder = join(wb.dir, '.backups', rel.split('/').join('__'))
    // an empty backup as the old copyFile left them after a power loss, named newer than the good one
    await writeFile(join(folder, '2099-01-01T00-00-00-000Z.json'), '')
    await writeFile(join(wb.dir, rel), '{"kind":"sheets", broken')
    const w3 = await openWorkbench(wb.dir, { door: 'test' })
    const offered = ok(await w3.call('workspace.listBackups', { file: rel }))
    expect(offered.map((b) => b.name)).not.toContain('2099-01-01T00-00-00-000Z.json')
    expect(offered.length).toBe(1)
    ok(await w3.call('workspace.restoreBackup', { file: rel }))
    expect(ok(await w3.call('sheets.get', key)).sheet.entries).toEqual({ '1.1': { level: 'A' }, '1.2': { level: 'B' } })
    await w3.close()
  })
})
