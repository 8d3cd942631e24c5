import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { LineLog, readWholeLines } from './lineLog'
import { writeFileDurable } from './durableWrite'
import type { AuditEntry, AuditVerdict } from '../domain/audit'

export type { AuditEntry, AuditVerdict }

/** The chain's head: count and hash of the last acknowledged entry, kept beside the log (audit.head.json). */
export interface AuditHead {
  kind: 'auditHead'
  schemaVersion: 1
  count: number
  hash: string
}


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
  readonly headPath: string

  constructor(readonly path: string) {
    this.log = new LineLog(path)
    this.headPath = path.replace(/\.jsonl$/, '') + '.head.json'
  }

  append(action: string, actor: string, data: Record<string, unknown>, at: Date): Promise<AuditEntry> {
    const run = async () => {
      if (!this.last) this.last = await this.tail()
      const base = { seq: this.last.seq + 1, at: at.toISOString(), action, actor, data, prev: this.last.hash }
      const entry: AuditEntry = { ...base, hash: hashOf(base) }
      await this.log.append(`${JSON.stringify(entry)}\n`)
      this.last = { seq: entry.seq, hash: entry.hash }
      // crash order: the line first, then the head. A crash between the two leaves the head one entry
      // behind, which verify() accepts; a log with fewer entries than its head is reported as cut.
      const head: AuditHead = { kind: 'auditHead', schemaVersion: 1, count: entry.seq, hash: entry.hash }
      await writeFileDurable(this.headPath, `${JSON.stringify(head)}\n`)
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

  /**
   * Checks the chain of whole lines, then the lines against the head: returns the first broken line
   * (1-based) or null when intact. A log with fewer entries than its head says was cut (truncated);
   * one entry more than the head is an append whose head write did not happen (a crash between the
   * two) and is accepted; more than that were not appended through this log. A log from before heads
   * existed (no head file) is checked by its chain alone until its next append writes one.
   */
  async verify(): Promise<AuditVerdict> {
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
