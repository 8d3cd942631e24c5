import { afterEach, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { openWorkbench } from '../../../src/core/api/openApi'
import { CampaignFileSchema } from '../../../src/core/domain/workspace'
import { parseWorkspaceFile } from '../../../src/core/storage/jsonFileAdapter'
import { nodeIo, setStorageIo, type StorageIo } from '../../../src/core/storage/io'
import { AuditLog } from '../../../src/core/storage/auditLog'
import type { ScoreSheet } from '../../../src/core/domain/workspace'
import { ok, scoreEveryIndicator, scoringCampaign, submitInput, tempWorkbench } from '../../helpers/tempWorkspace'

const root = resolve(__dirname, '../../..')

let undo: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const u of undo.reverse()) await u()
  undo = []
})

/** A workspace with one scoring campaign; `full` makes its audit.jsonl writes fail (installed first, so the log's handle is wrapped). */
async function setup() {
  const full = auditDiskFull()
  const wb = await tempWorkbench()
  undo.push(wb.cleanup)
  const s = await scoringCampaign(wb, '审计测试')
  return { wb, full, ...s }
}

/** Runs one API call in a child process whose audit log never opens, and kills it once the call reaches the append. */
function changeThenKill(dir: string, method: string, input: unknown): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/fixtures/auditCrashWriter.ts'), dir, method, JSON.stringify(input)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('hung\n')) child.kill('SIGKILL')
    })
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? done() : fail(new Error(`child exited ${code}: ${out} ${err}`))))
  })
}

/** The log's entries of `action`, read through a fresh session (which recovers what the outboxes hold). */
async function afterRestart(dir: string, campaignId: string, action: string) {
  const wb = await openWorkbench(dir, { door: 'test' })
  try {
    const { entries, chain } = ok(await wb.call('audit.list', { campaignId }))
    return { hits: entries.filter((e) => e.action === action), chain, count: entries.length }
  } finally {
    await wb.close()
  }
}

const auditText = (dir: string, campaignId: string) => readFile(join(dir, 'campaigns', campaignId, 'audit.jsonl'), 'utf8')

/** A disk whose audit.jsonl writes fail with ENOSPC while `full.on` (every other file writes normally). */
function auditDiskFull() {
  const full = { on: false }
  const io: StorageIo = {
    ...nodeIo,
    async open(path, flags) {
      const h = await nodeIo.open(path, flags)
      if (!path.endsWith('audit.jsonl')) return h
      return {
        path: h.path,
        write: (buf, off, len, pos) => (full.on ? Promise.reject(Object.assign(new Error('ENOSPC: simulated, write'), { code: 'ENOSPC' })) : h.write(buf, off, len, pos)),
        sync: () => h.sync(),
        datasync: () => h.datasync(),
        truncate: (n) => h.truncate(n),
        size: () => h.size(),
        close: () => h.close(),
      }
    },
  }
  undo.push(setStorageIo(io))
  return full
}

describe('a change and its audit entry are durable together (audit outbox)', () => {
  it('a kill between a campaign.json change and its audit append: the entry is appended on the next open, once, marked recovered', async () => {
    const { wb, campaign } = await setup()
    await wb.close()
    await changeThenKill(wb.dir, 'campaigns.archive', { campaignId: campaign.id, reason: '本年度评审结束' })
    // the change reached the disk, its entry did not reach the log
    const file = parseWorkspaceFile(await readFile(join(wb.dir, 'campaigns', campaign.id, 'campaign.json'), 'utf8'), 'campaign.json', CampaignFileSchema, 'campaign')
    expect(file.campaign.archived?.reason).toBe('本年度评审结束')
    expect(await auditText(wb.dir, campaign.id)).not.toContain('campaign.archive')

    const first = await afterRestart(wb.dir, campaign.id, 'campaign.archive')
    expect(first.hits).toHaveLength(1)
    expect(first.hits[0]).toMatchObject({ actor: '秘书处', data: { reason: '本年度评审结束' }, recovered: true })
    expect(first.chain).toEqual({ ok: true, count: first.count })
    // a second recovery (the outbox still holds the entry) appends nothing twice
    const text = await auditText(wb.dir, campaign.id)
    const second = await afterRestart(wb.dir, campaign.id, 'campaign.archive')
    expect(second.hits).toHaveLength(1)
    expect(await auditText(wb.dir, campaign.id)).toBe(text)
    expect(second.chain).toEqual({ ok: true, count: first.count })
  }, 60_000)

  it('a kill between sheet.submit and its audit append: the signed sheet and its entry survive together', async () => {
    const { wb, campaign, key } = await setup()
    await scoreEveryIndicator(wb, key)
    const input = await submitInput(wb, key)
    await wb.close()
    await changeThenKill(wb.dir, 'sheets.submit', input)
    expect(await auditText(wb.dir, campaign.id)).not.toContain('sheet.submit')

    const first = await afterRestart(wb.dir, campaign.id, 'sheet.submit')
    expect(first.hits).toHaveLength(1)
    expect(first.hits[0]).toMatchObject({ actor: key.expertId, data: { submissionId: key.submissionId, submittedVersion: 1 }, recovered: true })
    expect(first.chain.ok).toBe(true)
    const again = await openWorkbench(wb.dir, { door: 'test' })
    const sheet = ok(await again.call('sheets.get', key)).sheet
    expect(sheet.status).toBe('submitted')
    // the entry names the signature the stored sheet carries
    expect(first.hits[0]!.data.signature).toBe(sheet.signature?.signature)
    // the session goes on: the next entry chains after the recovered one, nothing is appended twice
    ok(await again.call('sheets.reopen', { ...key, reason: '需补充说明' }))
    await again.close()
    const later = await afterRestart(wb.dir, campaign.id, 'sheet.submit')
    expect(later.hits).toHaveLength(1)
    expect(later.chain).toEqual({ ok: true, count: first.count + 1 })
  }, 60_000)

  it('a full disk at the audit append is reported to the caller as before; the entry is recovered on the next open', async () => {
    const { wb, campaign, full } = await setup()
    full.on = true
    const r = await wb.call('campaigns.archive', { campaignId: campaign.id, reason: '磁盘满时归档' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('STORAGE_FULL')
    // the change itself is on disk (as before); only its entry is owed
    expect(ok(await wb.call('campaigns.get', { campaignId: campaign.id })).archived?.reason).toBe('磁盘满时归档')
    expect(await auditText(wb.dir, campaign.id)).not.toContain('campaign.archive')
    full.on = false
    await wb.close()
    const after = await afterRestart(wb.dir, campaign.id, 'campaign.archive')
    expect(after.hits).toHaveLength(1)
    expect(after.hits[0]!.recovered).toBe(true)
    expect(after.chain.ok).toBe(true)
  })

  it('a full disk at the audit append: once space returns the owed entry goes first, in the same session', async () => {
    const { wb, campaign, full } = await setup()
    full.on = true
    expect((await wb.call('campaigns.archive', { campaignId: campaign.id, reason: '先归档' })).ok).toBe(false)
    full.on = false
    ok(await wb.call('campaigns.restore', { campaignId: campaign.id }))
    const { entries, chain } = ok(await wb.call('audit.list', { campaignId: campaign.id }))
    const actions = entries.map((e) => e.action)
    expect(actions.filter((a) => a === 'campaign.archive')).toHaveLength(1)
    expect(actions.indexOf('campaign.archive')).toBeLessThan(actions.indexOf('campaign.restore'))
    expect(entries.find((e) => e.action === 'campaign.archive')!.recovered).toBe(true)
    expect(entries.find((e) => e.action === 'campaign.restore')!.recovered).toBeUndefined()
    expect(chain.ok).toBe(true)
    await wb.close()
    expect((await afterRestart(wb.dir, campaign.id, 'campaign.archive')).hits).toHaveLength(1)
  })

  it('an entry still owed when the sheets journal is compacted is carried into the snapshot', async () => {
    const { wb, campaign, key, full } = await setup()
    const shard = await wb.store.sheetsShard(campaign.id, key.expertId)
    const sheet = ok(await wb.call('sheets.get', key)).sheet as ScoreSheet
    full.on = true
    await expect(
      shard.put('sub-audited', { ...sheet, version: 1 }, 0, { action: 'test.audited', actor: '秘书处', data: { n: 1 }, at: new Date() }),
    ).rejects.toMatchObject({ code: 'STORAGE_FULL' })
    full.on = false
    // enough plain saves to fold the journal into the snapshot (no audit append happens meanwhile)
    let v = 0
    for (let i = 0; i < 1005; i++) await shard.put('sub-other', { ...sheet, comment: `第${i}次`, version: v + 1 }, v++)
    const journal = await readFile(join(wb.dir, 'campaigns', campaign.id, 'sheets', `${key.expertId}.journal.jsonl`), 'utf8').catch(() => '')
    expect(journal).not.toContain('test.audited')
    expect(await readFile(join(wb.dir, 'campaigns', campaign.id, 'sheets', `${key.expertId}.json`), 'utf8')).toContain('test.audited')
    await wb.close()
    const after = await afterRestart(wb.dir, campaign.id, 'test.audited')
    expect(after.hits).toHaveLength(1)
    expect(after.chain.ok).toBe(true)
  }, 60_000)

  it('in a group commit each sheet carries its own audit entries on its own journal line', async () => {
    const { wb, campaign, key } = await setup()
    const shard = await wb.store.sheetsShard(campaign.id, key.expertId)
    const sheet = ok(await wb.call('sheets.get', key)).sheet as ScoreSheet
    await shard.put('sub-first', { ...sheet, version: 1 }, 0)
    // three puts in one batch: the audited one in the middle
    await Promise.all([
      shard.put('sub-plain', { ...sheet, version: 1 }, 0),
      shard.put('sub-audited', { ...sheet, version: 1 }, 0, { action: 'test.line', actor: '秘书处', data: {}, at: new Date() }),
      shard.put('sub-first', { ...sheet, version: 2 }, 1),
    ])
    const lines = (await readFile(join(wb.dir, 'campaigns', campaign.id, 'sheets', `${key.expertId}.journal.jsonl`), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { k: string; a?: Array<{ action: string }> })
    expect(lines.filter((l) => l.a).map((l) => [l.k, l.a!.map((x) => x.action)])).toEqual([['sub-audited', ['test.line']]])
  })

  it('a workspace.json change names the campaign whose log takes its entry; it is recovered into that log only', async () => {
    const { wb, campaign, full } = await setup()
    const other = ok(await wb.call('campaigns.create', { name: '另一活动', kind: 'diagnostic' }))
    const ws = await wb.store.workspaceShard()
    full.on = true
    await expect(
      ws.update((d) => void (d.name = '改名后的工作区'), () => ({ campaignId: campaign.id, action: 'test.workspace', actor: '秘书处', data: {}, at: new Date() })),
    ).rejects.toMatchObject({ code: 'STORAGE_FULL' })
    full.on = false
    await wb.close()
    const here = await afterRestart(wb.dir, campaign.id, 'test.workspace')
    expect(here.hits).toHaveLength(1)
    expect(here.hits[0]!.recovered).toBe(true)
    expect(here.chain.ok).toBe(true)
    expect((await afterRestart(wb.dir, other.id, 'test.workspace')).hits).toHaveLength(0)
    expect((await afterRestart(wb.dir, campaign.id, 'test.workspace')).hits).toHaveLength(1)
  })

  it('the hash covers the outbox id and the recovered mark; logs written before outboxes still verify', async () => {
    const { wb, campaign } = await setup()
    ok(await wb.call('campaigns.archive', { campaignId: campaign.id, reason: '归档' }))
    const path = join(wb.dir, 'campaigns', campaign.id, 'audit.jsonl')
    const lines = (await readFile(path, 'utf8')).trim().split('\n')
    const last = JSON.parse(lines.at(-1)!) as { id?: string; recovered?: boolean }
    expect(typeof last.id).toBe('string')
    expect(last.recovered).toBeUndefined()
    await wb.close()
    // claiming the entry was recovered (or dropping its id) breaks the chain at that line
    const forged = [...lines.slice(0, -1), JSON.stringify({ ...last, recovered: true })].join('\n') + '\n'
    await writeFile(path, forged)
    expect(await new AuditLog(path).verify()).toMatchObject({ ok: false, line: lines.length })
    const { id: _drop, ...noId } = last
    await writeFile(path, [...lines.slice(0, -1), JSON.stringify(noId)].join('\n') + '\n')
    expect(await new AuditLog(path).verify()).toMatchObject({ ok: false, line: lines.length })
    // an entry without an id (every entry before outboxes) keeps the hash it always had
    const plain = new AuditLog(join(wb.dir, 'plain.jsonl'))
    const e = await plain.append('test.plain', '秘书处', { a: 1 }, new Date('2026-11-30T00:00:00Z'))
    await plain.close()
    expect(e.id).toBeUndefined()
    expect(e.hash).toBe(createHash('sha256').update(JSON.stringify([e.seq, e.at, e.action, e.actor, e.data, e.prev])).digest('hex'))
  })
})
