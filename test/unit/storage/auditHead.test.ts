import { afterEach, describe, expect, it } from 'vitest'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { AuditLog } from '../../../src/core/storage/auditLog'
import { main } from '../../../src/cli/index'
import { tempDir, tempWorkbench, ok, scoringCampaign } from '../../helpers/tempWorkspace'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c()
})

async function logWith(n: number) {
  const { dir, cleanup } = await tempDir()
  cleanups.push(cleanup)
  const path = join(dir, 'audit.jsonl')
  const log = new AuditLog(path)
  for (let i = 1; i <= n; i++) await log.append('test.step', '秘书处', { i }, new Date(Date.UTC(2026, 10, 29, 0, i)))
  await log.close()
  return { path, headPath: join(dir, 'audit.head.json') }
}

const lines = async (p: string) => (await readFile(p, 'utf8')).split('\n').filter(Boolean)

describe('audit chain head: a cut log shows', () => {
  it('the head names count and hash of the last entry', async () => {
    const { path, headPath } = await logWith(5)
    const head = JSON.parse(await readFile(headPath, 'utf8'))
    expect(head).toEqual({ kind: 'auditHead', schemaVersion: 1, count: 5, hash: JSON.parse((await lines(path))[4]!).hash })
    expect(await new AuditLog(path).verify()).toEqual({ ok: true, count: 5 })
  })

  it('deleting the last two entries is reported as truncated, naming the first missing entry', async () => {
    const { path } = await logWith(5)
    await writeFile(path, (await lines(path)).slice(0, 3).join('\n') + '\n')
    const v = await new AuditLog(path).verify()
    expect(v).toMatchObject({ ok: false, line: 4, truncated: true })
    if (!v.ok) expect(v.reason).toContain('截断')
  })

  it('a head one behind (crash after the line, before the head) verifies; the next append catches up', async () => {
    const { path, headPath } = await logWith(4)
    const headOf4 = await readFile(headPath, 'utf8')
    const log = new AuditLog(path)
    await log.append('test.step', '秘书处', { i: 5 }, new Date())
    await log.close()
    await writeFile(headPath, headOf4)
    expect(await new AuditLog(path).verify()).toEqual({ ok: true, count: 5 })
    const again = new AuditLog(path)
    await again.append('test.step', '秘书处', { i: 6 }, new Date())
    await again.close()
    expect(JSON.parse(await readFile(headPath, 'utf8')).count).toBe(6)
    expect(await new AuditLog(path).verify()).toEqual({ ok: true, count: 6 })
  })

  it('lines added behind the head, or a re-hashed last entry, are reported', async () => {
    const { path, headPath } = await logWith(3)
    const all = await lines(path)
    // forge a replacement for entry 3 with a valid chain hash: the head still names the original
    const e3 = JSON.parse(all[2]!)
    const forged = { ...e3, data: { i: 99 } }
    forged.hash = createHash('sha256').update(JSON.stringify([forged.seq, forged.at, forged.action, forged.actor, forged.data, forged.prev])).digest('hex')
    await writeFile(path, [...all.slice(0, 2), JSON.stringify(forged)].join('\n') + '\n')
    expect(await new AuditLog(path).verify()).toMatchObject({ ok: false, line: 3 })
    // a log from before heads (no head file) is checked by its chain alone
    await rm(headPath)
    expect(await new AuditLog(path).verify()).toEqual({ ok: true, count: 3 })
    await writeFile(headPath, '{not json')
    expect(await new AuditLog(path).verify()).toMatchObject({ ok: false })
  })
})

describe('npm run cli -- audit verify --workspace W', () => {
  it('passes an intact workspace and fails, naming the campaign and line, once two entries are cut', async () => {
    const wb = await tempWorkbench()
    cleanups.push(wb.cleanup)
    const { campaign, key } = await scoringCampaign(wb)
    ok(await wb.call('conflicts.decide', { ...key, decision: 'noConflict', reason: '核实无关' }))
    ok(await wb.call('campaigns.archive', { campaignId: campaign.id, reason: '测试' }))
    ok(await wb.call('campaigns.restore', { campaignId: campaign.id }))
    const count = ok(await wb.call('audit.list', { campaignId: campaign.id })).entries.length
    expect(count).toBeGreaterThanOrEqual(3)
    await wb.close()
    const run = async () => {
      const out: string[] = []
      const err: string[] = []
      const code = await main(['audit', 'verify', '--workspace', wb.dir], (l) => out.push(l), (l) => err.push(l))
      return { code, out: out.join('\n'), err: err.join('\n') }
    }
    const good = await run()
    expect(good.code).toBe(0)
    expect(good.out).toContain(`完好\t${campaign.id}`)
    const path = join(wb.dir, 'campaigns', campaign.id, 'audit.jsonl')
    await writeFile(path, (await lines(path)).slice(0, count - 2).join('\n') + '\n')
    const bad = await run()
    expect(bad.code).toBe(1)
    expect(bad.out).toContain(`截断\t${campaign.id}`)
    expect(bad.out).toContain(`第 ${count - 1} 条`)
    expect(bad.err).toContain('未通过校验')
  })
})
