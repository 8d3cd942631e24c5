import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { PendingAuditSchema, type AuditIntent, type PendingAudit } from '../domain/audit'
import { readWholeLines } from './lineLog'

export type { AuditIntent, PendingAudit }

/**
 * A change and its audit entry are durable together: a transactional outbox.
 *
 * A handler hands its audit entry to the shard write that makes its change (`shard.update(change,
 * audit)`, `sheetsShard.put(key, next, version, audit)`). The shard gives the entry an id and writes it
 * in the same durable write as the change — in the file's `auditOutbox` (campaign.json, a sheets
 * snapshot) or on the same journal line as the sheet (`a`) — so the change is never on disk without
 * its entry. Only then is the entry appended to the campaign's audit log (auditLog.ts `commit`), the
 * line carrying the id inside its hash.
 *
 * A crash, a kill or a full disk between the two leaves the entry in the outbox. The log, before its
 * first append, read or verify in a session, collects the campaign's outboxes and appends every entry
 * whose id it does not hold yet, marked `recovered: true` (and a failed append is retried before the
 * next one) — so each entry reaches the log exactly once, in chain order, and history is never
 * rewritten: a recovered entry is a new line, its `at` the time of its change. An outbox keeps its
 * entries until a later write of its file drops those the log is known to hold (`keepUnconfirmed`);
 * entries still in it after a recovery are recognised by their id and appended nothing twice.
 */
export function pendingOf(intents: AuditIntent | readonly AuditIntent[] | null | undefined): PendingAudit[] {
  if (!intents) return []
  const list = Array.isArray(intents) ? (intents as readonly AuditIntent[]) : [intents as AuditIntent]
  return list.map((i) => ({ id: randomUUID(), action: i.action, actor: i.actor, data: i.data, at: i.at.toISOString(), ...(i.campaignId !== undefined && { campaignId: i.campaignId }) }))
}

/** What a file's next outbox holds: its entries the log does not hold yet, then the new ones. */
export function keepUnconfirmed(
  current: readonly PendingAudit[] | undefined,
  added: readonly PendingAudit[],
  inLog: (p: PendingAudit) => boolean,
): PendingAudit[] {
  return [...(current ?? []).filter((p) => !inLog(p)), ...added]
}

/** Entries of several outboxes, each id once, in the order found. */
export function uniqueById(lists: ReadonlyArray<readonly PendingAudit[] | undefined>): PendingAudit[] {
  const seen = new Set<string>()
  const out: PendingAudit[] = []
  for (const list of lists) for (const p of list ?? []) if (!seen.has(p.id)) seen.add(p.id) && out.push(p)
  return out
}

/**
 * The outbox of a sheets file not opened in this session, found without parsing its sheets (a
 * campaign's 1 MB shards would cost ~100 ms each): the entries on its journal lines, and — only when
 * the snapshot has an outbox at all (a compaction carried entries the log did not hold yet) — the
 * snapshot's, read by `openFull`. A line that does not parse is left to the shard's own open to report.
 */
export async function sheetsOutboxOnDisk(
  snapshotPath: string,
  journalPath: string,
  openFull: () => Promise<readonly PendingAudit[] | undefined>,
): Promise<PendingAudit[]> {
  const snapshot = await readFile(snapshotPath).catch(() => null)
  // inside a JSON string a quote is escaped: these bytes are the key itself
  if (snapshot?.includes('"auditOutbox":')) return [...((await openFull()) ?? [])]
  const out: PendingAudit[] = []
  for (const line of (await readWholeLines(journalPath)).lines) {
    if (!line.includes('"a":[')) continue
    try {
      const a = PendingAuditSchema.array().safeParse((JSON.parse(line) as { a?: unknown }).a)
      if (a.success) out.push(...a.data)
    } catch {
      // reported by the shard's open, not here
    }
  }
  return out
}

/**
 * The side of the audit log a shard writes through (auditLog.ts implements it): which ids the log
 * holds, which entries are on their way, and the append of entries once their change is on disk.
 */
export interface AuditOutboxSink {
  holds(p: PendingAudit): boolean
  /** entries about to be written with a change: recovery leaves them to `commit` */
  expect(pending: readonly PendingAudit[]): void
  /** the change's write failed: the entries were never on disk */
  forget(pending: readonly PendingAudit[]): void
  /** appends the entries (each id once); on failure they are owed and appended before the next entry */
  commit(pending: readonly PendingAudit[]): Promise<void>
}

/**
 * The outbox of workspace.json: each entry names its campaign and goes to that campaign's log
 * (`logOf`); an entry without one has no log and is not kept.
 */
export function routedOutbox(logOf: (campaignId: string) => AuditOutboxSink): AuditOutboxSink {
  const groups = (list: readonly PendingAudit[]) => {
    const by = new Map<string, PendingAudit[]>()
    for (const p of list) if (p.campaignId !== undefined) by.set(p.campaignId, [...(by.get(p.campaignId) ?? []), p])
    return [...by].map(([c, ps]) => [logOf(c), ps] as const)
  }
  return {
    holds: (p) => (p.campaignId === undefined ? true : logOf(p.campaignId).holds(p)),
    expect: (list) => groups(list).forEach(([log, ps]) => log.expect(ps)),
    forget: (list) => groups(list).forEach(([log, ps]) => log.forget(ps)),
    async commit(list) {
      let first: unknown = null
      for (const [log, ps] of groups(list)) await log.commit(ps).catch((e: unknown) => (first ??= e))
      if (first !== null) throw first
    },
  }
}
