import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AuditEntry } from '../src/core/domain/audit'
import { hashOf } from '../src/core/storage/auditLog'
import { SheetsFileSchema } from '../src/core/domain/workspace'

/**
 * Gives the generated campaign the audit log a real one of its size has: one 'sheet.submit' entry per
 * submitted sheet (about 4,900 at 1,000 submissions × 7 experts × 70 %), chained after whatever the
 * generator's API calls already logged. Written in one go: AuditLog.append makes each entry durable
 * (5.5 ms each here, 27 s for the lot). Each entry is hashed by AuditLog's own hashOf, and uiMore.ts
 * still refuses to measure a log the 审计日志 screen reports broken.
 */
export async function seedAuditLog(dir: string, campaignId: string): Promise<number> {
  const folder = join(dir, 'campaigns', campaignId)
  const path = join(folder, 'audit.jsonl')
  const existing = (await readFile(path, 'utf8').catch(() => '')).split('\n').filter((l) => l.trim())
  const last = existing.length ? (JSON.parse(existing.at(-1)!) as AuditEntry) : null
  let seq = last?.seq ?? 0
  let prev = last?.hash ?? ''
  const lines: string[] = []
  const t0 = Date.parse('2026-11-02T08:00:00.000Z')
  for (const name of (await readdir(join(folder, 'sheets'))).filter((n) => n.endsWith('.json')).sort()) {
    const shard = SheetsFileSchema.parse(JSON.parse(await readFile(join(folder, 'sheets', name), 'utf8')))
    for (const sheet of Object.values(shard.sheets)) {
      if (sheet.status !== 'submitted') continue
      seq += 1
      const base = {
        seq,
        at: new Date(t0 + seq * 37_000).toISOString(),
        action: 'sheet.submit',
        actor: shard.expertId,
        data: { submissionId: sheet.submissionId, version: sheet.version, rubricVersion: sheet.rubricVersion, total: null, notRated: null, submittedVersion: null, fingerprint: null, signature: null },
        prev,
      }
      const hash = hashOf(base)
      lines.push(JSON.stringify({ ...base, hash } satisfies AuditEntry))
      prev = hash
    }
  }
  await writeFile(path, [...existing, ...lines].map((l) => `${l}\n`).join(''))
  await writeFile(path.replace(/\.jsonl$/, '.head.json'), `${JSON.stringify({ kind: 'auditHead', schemaVersion: 1, count: seq, hash: prev })}\n`)
  return seq
}
