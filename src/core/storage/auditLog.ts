import { createHash } from 'node:crypto'
import { open, readFile, mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { syncDir } from './durableWrite'
import type { AuditEntry } from '../domain/audit'

export type { AuditEntry }

function hashOf(e: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256').update(JSON.stringify([e.seq, e.at, e.action, e.actor, e.data, e.prev])).digest('hex')
}

/**
 * Append-only, hash-chained log (docs/design/architecture.md: campaigns/<id>/audit.jsonl). Each line names the
 * hash of the one before, so removing or editing a line breaks the chain at that point. Appends are
 * serialized and fsynced; a torn last line (crash mid-append) is reported by verify, not repaired.
 */
export class AuditLog {
  private queue: Promise<unknown> = Promise.resolve()
  private last: { seq: number; hash: string } | null = null

  constructor(readonly path: string) {}

  append(action: string, actor: string, data: Record<string, unknown>, at: Date): Promise<AuditEntry> {
    const run = async () => {
      if (!this.last) this.last = await this.tail()
      const base = { seq: this.last.seq + 1, at: at.toISOString(), action, actor, data, prev: this.last.hash }
      const entry: AuditEntry = { ...base, hash: hashOf(base) }
      await mkdir(dirname(this.path), { recursive: true })
      const fh = await open(this.path, 'a')
      try {
        await fh.write(`${JSON.stringify(entry)}\n`)
        await fh.sync()
      } finally {
        await fh.close()
      }
      await syncDir(dirname(this.path))
      this.last = { seq: entry.seq, hash: entry.hash }
      return entry
    }
    const p = this.queue.then(run, run)
    this.queue = p.catch(() => undefined)
    return p
  }

  async read(): Promise<AuditEntry[]> {
    let text = ''
    try {
      text = await readFile(this.path, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw e
    }
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as AuditEntry)
  }

  /** Checks the chain; returns the first broken line (1-based) or null when intact. */
  async verify(): Promise<{ ok: true; count: number } | { ok: false; line: number; reason: string }> {
    let text = ''
    try {
      text = await readFile(this.path, 'utf8')
    } catch {
      return { ok: true, count: 0 }
    }
    const lines = text.split('\n').filter((l) => l.trim())
    let prev = ''
    for (const [i, line] of lines.entries()) {
      let e: AuditEntry
      try {
        e = JSON.parse(line) as AuditEntry
      } catch {
        return { ok: false, line: i + 1, reason: '该行不是完整的记录（可能在写入时中断）' }
      }
      if (e.prev !== prev) return { ok: false, line: i + 1, reason: '与上一条记录的哈希不衔接（记录被删除或改动）' }
      const { hash, ...rest } = e
      if (hashOf(rest) !== hash) return { ok: false, line: i + 1, reason: '记录内容与其哈希不符（记录被改动）' }
      prev = hash
    }
    return { ok: true, count: lines.length }
  }

  private async tail(): Promise<{ seq: number; hash: string }> {
    const all = await this.read().catch(() => [])
    const last = all.at(-1)
    return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: '' }
  }
}
