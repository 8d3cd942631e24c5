import { createHash } from 'node:crypto'
import { LineLog, readWholeLines } from './lineLog'
import type { AuditEntry } from '../domain/audit'

export type { AuditEntry }

function hashOf(e: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256').update(JSON.stringify([e.seq, e.at, e.action, e.actor, e.data, e.prev])).digest('hex')
}

/**
 * Append-only, hash-chained log (docs/design/architecture.md: campaigns/<id>/audit.jsonl). Each line names the
 * hash of the one before, so removing or editing a line breaks the chain at that point. Appends are
 * serialized and go through the same line log as the sheets journal (lineLog.ts): a torn last line
 * (a crash or a full disk mid-append) was never acknowledged; it is not an entry, it is cut off before
 * the next append, and the chain continues from the last whole entry.
 */
export class AuditLog {
  private queue: Promise<unknown> = Promise.resolve()
  private last: { seq: number; hash: string } | null = null
  private readonly log: LineLog

  constructor(readonly path: string) {
    this.log = new LineLog(path)
  }

  append(action: string, actor: string, data: Record<string, unknown>, at: Date): Promise<AuditEntry> {
    const run = async () => {
      if (!this.last) this.last = await this.tail()
      const base = { seq: this.last.seq + 1, at: at.toISOString(), action, actor, data, prev: this.last.hash }
      const entry: AuditEntry = { ...base, hash: hashOf(base) }
      await this.log.append(`${JSON.stringify(entry)}\n`)
      this.last = { seq: entry.seq, hash: entry.hash }
      return entry
    }
    const p = this.queue.then(run, run)
    this.queue = p.catch(() => undefined)
    return p
  }

  /** The whole entries in order; a line that is not an entry is left out here and reported by verify(). */
  async read(): Promise<AuditEntry[]> {
    const out: AuditEntry[] = []
    for (const line of (await readWholeLines(this.path)).lines) {
      const e = parseEntry(line)
      if (e) out.push(e)
    }
    return out
  }

  /** Checks the chain of whole lines; returns the first broken line (1-based) or null when intact. */
  async verify(): Promise<{ ok: true; count: number } | { ok: false; line: number; reason: string }> {
    const lines = (await readWholeLines(this.path).catch(() => ({ lines: [] as string[] }))).lines.filter((l) => l.trim())
    let prev = ''
    for (const [i, line] of lines.entries()) {
      const e = parseEntry(line)
      if (!e) return { ok: false, line: i + 1, reason: '该行不是完整的记录（可能在写入时中断）' }
      if (e.prev !== prev) return { ok: false, line: i + 1, reason: '与上一条记录的哈希不衔接（记录被删除或改动）' }
      const { hash, ...rest } = e
      if (hashOf(rest) !== hash) return { ok: false, line: i + 1, reason: '记录内容与其哈希不符（记录被改动）' }
      prev = hash
    }
    return { ok: true, count: lines.length }
  }

  async close(): Promise<void> {
    await this.queue
    await this.log.close()
  }

  private async tail(): Promise<{ seq: number; hash: string }> {
    const all = await this.read()
    const last = all.at(-1)
    return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: '' }
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
