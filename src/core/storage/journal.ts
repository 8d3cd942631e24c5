import { dirname } from 'node:path'
import type { z } from 'zod'
import { WorkbenchError } from '../domain/errors'
import { syncDir } from './durableWrite'
import { storageIo } from './io'
import { LineLog, readWholeLines } from './lineLog'
import { sliceClock } from '../util/slices'
import { PendingAuditSchema, type PendingAudit } from '../domain/audit'

/**
 * Append-only journal beside a shard whose data is mostly one record (a sheets file: submission id →
 * sheet). A save appends one line per changed entry, `{"k": key, "v": value | null}`, and one
 * datasync — instead of re-serialising and rewriting the whole file (measured by `npm run bench`: a
 * 1 MB shard cost 8 ms of blocking stringify plus 6 ms of durable rewrite per save).
 *
 * Replay applies lines in order (the last line for a key wins, so replaying twice is harmless). A torn
 * last line — a crash or a full disk in the middle of an append — was never acknowledged and is
 * ignored (lineLog.ts, shared with audit.jsonl); a damaged line before the last means the file was
 * damaged and is reported, never written over.
 *
 * A line may also carry the audit entries of its change (`"a": [...]`, auditOutbox.ts): written in the
 * same append as the sheet, handed back by replay.
 */
export interface JournalConfig {
  path: string
  relPath: string
  /** the record field of the shard's data the journal patches */
  field: string
  itemSchema: z.ZodType
  /** compact into the snapshot past this many lines or bytes */
  maxLines?: number
  maxBytes?: number
}

export class Journal {
  lines = 0
  bytes = 0
  private readonly log: LineLog

  constructor(readonly cfg: JournalConfig) {
    this.log = new LineLog(cfg.path)
  }

  get needsCompaction(): boolean {
    return this.lines >= (this.cfg.maxLines ?? 1000) || this.bytes >= (this.cfg.maxBytes ?? 1024 * 1024)
  }

  /**
   * Applies the journal to `record` in place and returns the audit entries its lines carry. A torn
   * tail is skipped (lineLog.ts); it is cut off by the next append.
   */
  async replay(record: Record<string, unknown>): Promise<PendingAudit[]> {
    const outbox: PendingAudit[] = []
    const { lines, validBytes } = await readWholeLines(this.cfg.path)
    // up to 1,000 whole sheets: parsed in slices with the event loop turning in between (util/slices.ts)
    const clock = sliceClock()
    for (const [i, line] of lines.entries()) {
      const y = clock.maybeYield()
      if (y) await y
      let entry: { k?: unknown; v?: unknown; a?: unknown }
      try {
        entry = JSON.parse(line) as { k?: unknown; v?: unknown; a?: unknown }
      } catch {
        throw this.corrupt(i + 1, '不是完整的记录')
      }
      if (typeof entry.k !== 'string' || entry.k === '__proto__') throw this.corrupt(i + 1, '记录缺少键')
      if (entry.a !== undefined) {
        const a = PendingAuditSchema.array().safeParse(entry.a)
        if (!a.success) throw this.corrupt(i + 1, '随附的审计记录不符合格式')
        outbox.push(...a.data)
      }
      if (entry.v === null) {
        delete record[entry.k]
        continue
      }
      const parsed = this.cfg.itemSchema.safeParse(entry.v)
      if (!parsed.success) throw this.corrupt(i + 1, `内容不符合格式（${parsed.error.issues[0]?.message ?? ''}）`)
      record[entry.k] = parsed.data
    }
    this.lines = lines.length
    this.bytes = validBytes
    this.log.known(validBytes)
    return outbox
  }

  /**
   * Appends the entries, each line with the audit entries of its change (`audit`, by key), and
   * resolves once they are on disk; a failed append leaves the journal as it was. An entry and its
   * audit entries share one line, so a crash that keeps a line keeps both.
   */
  async append(entries: ReadonlyArray<readonly [string, unknown]>, audit?: ReadonlyMap<string, readonly PendingAudit[]>): Promise<void> {
    const line = (k: string, v: unknown) => {
      const a = audit?.get(k)
      return JSON.stringify(a?.length ? { k, v: v ?? null, a } : { k, v: v ?? null })
    }
    const text = entries.map(([k, v]) => line(k, v)).join('\n') + '\n'
    await this.log.append(text)
    this.lines += entries.length
    this.bytes += Buffer.byteLength(text)
  }

  /** Empties the journal once the snapshot holds everything it had. */
  async truncate(): Promise<void> {
    await this.log.reset()
    await storageIo().unlink(this.cfg.path)
    await syncDir(dirname(this.cfg.path))
    this.lines = 0
    this.bytes = 0
    this.log.known(0)
  }

  async close(): Promise<void> {
    await this.log.close()
  }

  private corrupt(line: number, why: string): WorkbenchError {
    return new WorkbenchError(
      'WORKSPACE_FILE_CORRUPT',
      `工作区文件 ${this.cfg.relPath} 第 ${line} 行已损坏：${why}。该文件未被改动；可以从最近的备份恢复。`,
      { details: { file: this.cfg.relPath.replace(/\.journal\.jsonl$/, '.json') } },
    )
  }
}

/** `campaigns/c/sheets/e.json` → `campaigns/c/sheets/e.journal.jsonl` */
export function journalPathOf(snapshotRel: string): string {
  return snapshotRel.replace(/\.json$/, '.journal.jsonl')
}
