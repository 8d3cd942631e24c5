import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { LineLog, readWholeLines } from './lineLog'
import { writeFileDurable } from './durableWrite'
import type { AuditEntry, AuditVerdict, PendingAudit } from '../domain/audit'
import type { AuditOutboxSink } from './auditOutbox'

export type { AuditEntry, AuditVerdict }

/** The chain's head: count and hash of the last acknowledged entry, kept beside the log (audit.head.json). */
export interface AuditHead {
  kind: 'auditHead'
  schemaVersion: 1
  count: number
  hash: string
}


/**
 * An entry's hash, chained by `prev`; it covers the outbox id and recovered mark when the entry has them
 * (entries without keep their old hash). Exported for tools that write a log in bulk (bench/seedAudit.ts).
 */
export function hashOf(e: Omit<AuditEntry, 'hash'>): string {
  const fields: unknown[] = [e.seq, e.at, e.action, e.actor, e.data, e.prev]
  if (e.id !== undefined || e.recovered) fields.push({ id: e.id ?? null, recovered: e.recovered ?? false })
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex')
}

/**
 * Append-only, hash-chained log (docs/design/architecture.md: campaigns/<id>/audit.jsonl). Each line names the
 * hash of the one before, so removing or editing a line breaks the chain at that point. Appends are
 * serialized and go through the same line log as the sheets journal (lineLog.ts): a torn last line
 * (a crash or a full disk mid-append) was never acknowledged; it is not an entry, it is cut off before
 * the next append, and the chain continues from the last whole entry.
 *
 * It is also the receiving end of the audit outbox (auditOutbox.ts): `commit` appends entries a shard
 * wrote with their change, and before its first append, read or verify in a session the log appends
 * the entries its campaign's outboxes hold and it does not (`collectPending`), marked recovered.
 */
export class AuditLog implements AuditOutboxSink {
  private queue: Promise<unknown> = Promise.resolve()
  private last: { seq: number; hash: string } | null = null
  private readonly log: LineLog
  readonly headPath: string
  /** outbox ids the log holds (known once `last` is) */
  private ids = new Set<string>()
  /** entries being written with their change: `commit` appends them, recovery leaves them alone */
  private readonly inflight = new Set<string>()
  /** entries whose change is on disk but whose append failed: appended before the next entry */
  private owed: PendingAudit[] = []
  private collected = false

  constructor(
    readonly path: string,
    private readonly collectPending?: () => Promise<PendingAudit[]>,
  ) {
    this.log = new LineLog(path)
    this.headPath = path.replace(/\.jsonl$/, '') + '.head.json'
  }

  append(action: string, actor: string, data: Record<string, unknown>, at: Date): Promise<AuditEntry> {
    return this.queued(async () => {
      await this.catchUp()
      return this.write({ action, actor, data, at: at.toISOString() })
    })
  }

  holds(p: PendingAudit): boolean {
    return this.ids.has(p.id)
  }

  expect(pending: readonly PendingAudit[]): void {
    for (const p of pending) this.inflight.add(p.id)
  }

  forget(pending: readonly PendingAudit[]): void {
    for (const p of pending) this.inflight.delete(p.id)
  }

  /** Appends outbox entries whose change is on disk, each id once; what fails is owed to the next append. */
  commit(pending: readonly PendingAudit[]): Promise<void> {
    if (pending.length === 0) return Promise.resolve()
    return this.queued(async () => {
      try {
        await this.catchUp()
        for (const p of pending) if (!this.ids.has(p.id)) await this.write(p, p.id)
      } catch (e) {
        this.owed.push(...pending.filter((p) => !this.ids.has(p.id) && !this.owed.some((o) => o.id === p.id)))
        throw e
      } finally {
        this.forget(pending)
      }
    })
  }

  /** The whole entries in order (outbox entries recovered first); a line that is not an entry is left out here and reported by verify(). */
  async read(): Promise<AuditEntry[]> {
    await this.recoverQuietly()
    return this.readLines()
  }

  private async readLines(): Promise<AuditEntry[]> {
    const out: AuditEntry[] = []
    for (const line of (await readWholeLines(this.path)).lines) {
      const e = parseEntry(line)
      if (e) out.push(e)
    }
    return out
  }

  /**
   * Checks the chain of whole lines, then the lines against the head: returns the first broken line
   * (1-based) or null when intact. A log with fewer entries than its head says was cut (truncated);
   * one entry more than the head is an append whose head write did not happen (a crash between the
   * two) and is accepted; more than that were not appended through this log. A log from before heads
   * existed (no head file) is checked by its chain alone until its next append writes one.
   */
  async verify(): Promise<AuditVerdict> {
    await this.recoverQuietly()
    return this.check()
  }

  /** verify() without recovering first. */
  private async check(): Promise<AuditVerdict> {
    const lines = (await readWholeLines(this.path).catch(() => ({ lines: [] as string[] }))).lines.filter((l) => l.trim())
    let prev = ''
    const hashes: string[] = []
    for (const [i, line] of lines.entries()) {
      const e = parseEntry(line)
      if (!e) return { ok: false, line: i + 1, reason: '该行不是完整的记录（可能在写入时中断）' }
      if (e.prev !== prev) return { ok: false, line: i + 1, reason: '与上一条记录的哈希不衔接（记录被删除或改动）' }
      const { hash, ...rest } = e
      if (hashOf(rest) !== hash) return { ok: false, line: i + 1, reason: '记录内容与其哈希不符（记录被改动）' }
      prev = hash
      hashes.push(hash)
    }
    const head = await this.readHead()
    if (head === 'damaged') return { ok: false, line: lines.length, reason: '审计日志的链头文件（audit.head.json）无法读取，无法确认日志是否完整' }
    if (head) {
      const n = lines.length
      if (n < head.count) {
        return { ok: false, line: n + 1, truncated: true, reason: `审计日志被截断：链头记载共 ${head.count} 条记录，现只有 ${n} 条，第 ${n + 1} 条起缺失` }
      }
      if (hashes[head.count - 1] !== head.hash) {
        return { ok: false, line: head.count, reason: `第 ${head.count} 条记录与链头记载的哈希不符（记录被改动或替换）` }
      }
      if (n > head.count + 1) {
        return { ok: false, line: head.count + 2, reason: `第 ${head.count + 2} 条起的记录不是经本软件写入的（链头只记载到第 ${head.count} 条）` }
      }
    }
    return { ok: true, count: lines.length }
  }

  /** The head, null when there is none yet (a log from before heads), 'damaged' when it does not parse. */
  async readHead(): Promise<AuditHead | null | 'damaged'> {
    let text: string
    try {
      text = await readFile(this.headPath, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
    try {
      const h = JSON.parse(text) as AuditHead
      return h?.kind === 'auditHead' && Number.isInteger(h.count) && h.count >= 0 && typeof h.hash === 'string' ? h : 'damaged'
    } catch {
      return 'damaged'
    }
  }

  async close(): Promise<void> {
    await this.queue
    await this.log.close()
  }

  private queued<R>(run: () => Promise<R>): Promise<R> {
    const p = this.queue.then(run, run)
    this.queue = p.catch(() => undefined)
    return p
  }

  /** Appends one entry at the chain's end (inside the queue). */
  private async write(e: Omit<PendingAudit, 'id'>, id?: string, recovered?: true): Promise<AuditEntry> {
    const last = this.last!
    const base: Omit<AuditEntry, 'hash'> = { seq: last.seq + 1, at: e.at, action: e.action, actor: e.actor, data: e.data, prev: last.hash }
    if (id !== undefined) base.id = id
    if (recovered) base.recovered = true
    const entry: AuditEntry = { ...base, hash: hashOf(base) }
    await this.log.append(`${JSON.stringify(entry)}\n`)
    this.last = { seq: entry.seq, hash: entry.hash }
    if (id !== undefined) this.ids.add(id)
    // crash order: the line first, then the head. A crash between the two leaves the head one entry
    // behind, which verify() accepts; a log with fewer entries than its head is reported as cut.
    const head: AuditHead = { kind: 'auditHead', schemaVersion: 1, count: entry.seq, hash: entry.hash }
    await writeFileDurable(this.headPath, `${JSON.stringify(head)}\n`)
    return entry
  }

  /**
   * Inside the queue, before an entry is appended: reads the chain's end and the ids the log holds
   * (once a session), collects the campaign's outboxes (once a session) and appends what the log
   * owes — outbox entries it does not hold and are not on their way — each marked recovered.
   */
  private async catchUp(): Promise<void> {
    if (!this.last) {
      const all = await this.readLines()
      const last = all.at(-1)
      for (const e of all) if (typeof e.id === 'string') this.ids.add(e.id)
      this.last = last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: '' }
    }
    if (!this.collected && this.collectPending) {
      // a campaign file that cannot be read now is looked at again by the next append
      const found = await this.collectPending().catch(() => null)
      if (found) this.collected = true
      for (const p of found ?? []) {
        if (!this.ids.has(p.id) && !this.inflight.has(p.id) && !this.owed.some((o) => o.id === p.id)) this.owed.push(p)
      }
    }
    // a cut or broken log is evidence: recovery adds nothing to it (that would rewrite its head);
    // the entries stay owed and the log is reported as it is
    if (this.owed.length > 0 && !(await this.check()).ok) return
    while (this.owed.length > 0) {
      const p = this.owed[0]!
      if (!this.ids.has(p.id)) await this.write(p, p.id, true)
      this.owed.shift()
    }
  }

  /** Recovery before a read or verify; a failure (a full disk) leaves the log as it is, to be read as it is. */
  private async recoverQuietly(): Promise<void> {
    if (this.collected && this.owed.length === 0 && this.last) return
    await this.queued(() => this.catchUp()).catch(() => undefined)
  }
}

function parseEntry(line: string): AuditEntry | null {
  try {
    const e = JSON.parse(line) as AuditEntry
    return e && typeof e === 'object' && typeof e.seq === 'number' && typeof e.hash === 'string' ? e : null
  } catch {
    return null
  }
}
