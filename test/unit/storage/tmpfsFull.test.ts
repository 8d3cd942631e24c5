import { afterAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdir, readFile, rm, statfs, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openWorkbench } from '../../../src/core/api/openApi'
import { DEFAULT_GROUPS } from '../../../src/core/domain/groups'
import { ok, scoringCampaign, tempDir } from '../../helpers/tempWorkspace'

/**
 * The full-disk case on a real small file system: a 2 MB tmpfs (needs root and mount; skipped with
 * the reason printed where that is not permitted — diskFull.test.ts covers the same with an
 * injected write that always runs).
 */
const tmp = await tempDir('wb-tmpfs-')
const mountPoint = join(tmp.dir, 'small')
await mkdir(mountPoint)
let skipReason = ''
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], { stdio: 'pipe' })
} catch (e) {
  skipReason = `cannot mount a tmpfs here (${String((e as { stderr?: Buffer }).stderr ?? e).trim().slice(0, 120)})`
  console.log(`tmpfsFull: skipped — ${skipReason}`)
}

afterAll(async () => {
  if (!skipReason) execFileSync('umount', [mountPoint])
  await tmp.cleanup()
})

const FULL = '磁盘空间不足，本次修改未保存；此前已保存的内容不受影响。请释放磁盘空间后重试。'
const comment = (n: number) => `第${n}次：${'专家评审意见'.repeat(220)}`

describe('a real 2 MB tmpfs running full', () => {
  it.skipIf(!!skipReason)('no acknowledged save is lost, the user hears why, saving resumes when space returns, a restart reads everything', async () => {
    const dir = join(mountPoint, 'ws')
    const wb = await openWorkbench(dir, { create: { name: '小盘', groups: DEFAULT_GROUPS }, door: 'test' })
    const { key, campaign } = await scoringCampaign(wb, '小盘')
    let acked = ok(await wb.call('sheets.setComment', { ...key, comment: comment(0) })).sheet
    // leave about 80 KB free
    const fs = await statfs(mountPoint)
    const filler = join(mountPoint, 'filler.bin')
    await writeFile(filler, Buffer.alloc(Math.max(0, fs.bavail * fs.bsize - 80 * 1024)))
    let refused = 0
    for (let n = 1; n <= 40; n++) {
      const r = await wb.call('sheets.setComment', { ...key, comment: comment(n), baseVersion: acked.version })
      if (r.ok) {
        acked = r.value.sheet
        continue
      }
      refused++
      expect(r.error.code).toBe('STORAGE_FULL')
      expect(r.error.message).toBe(FULL)
      expect(ok(await wb.call('sheets.get', key)).sheet).toEqual(acked)
    }
    expect(refused).toBeGreaterThan(0)
    await rm(filler)
    for (let n = 100; n < 104; n++) {
      acked = ok(await wb.call('sheets.setComment', { ...key, comment: comment(n), baseVersion: acked.version })).sheet
    }
    await wb.close()
    const again = await openWorkbench(dir, { door: 'test' })
    expect(ok(await again.call('sheets.get', key)).sheet).toEqual(acked)
    ok(await again.call('results.summary', { campaignId: campaign.id }))
    ok(await again.call('audit.list', { campaignId: campaign.id }))
    await again.close()
    const journal = await readFile(join(dir, 'campaigns', campaign.id, 'sheets', `${key.expertId}.journal.jsonl`), 'utf8').catch(() => '')
    for (const line of journal.split('\n').filter(Boolean)) JSON.parse(line)
  }, 120_000)
})
