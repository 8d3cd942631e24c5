import { Low } from 'lowdb'
import type { z } from 'zod'
import { DurableJsonFile } from './jsonFileAdapter'
import { WorkbenchError } from '../domain/errors'
import { Journal, type JournalConfig } from './journal'

interface Pending {
  /** the journaled record's keys this change replaces, when the caller knows them (skips the diff) */
  entries?: readonly string[]
  apply: (data: unknown) => unknown
  resolve: (v: unknown) => void
  reject: (e: unknown) => void
}

/**
 * One workspace file held by lowdb, with one serialized write queue (docs/design/architecture.md: one queue per
 * file). Changes are applied in order; changes that arrive while a write is on its way are applied
 * together and written once (group commit). Each caller's promise resolves only after the write that
 * contains its change has reached the disk — "已保存" is never shown for data that is not there.
 */
export class Shard<T> {
  private readonly db: Low<T>
  private pending: Pending[] = []
  private flushing = false
  /** resolves when the current flush loop ends */
  private drained: Promise<void> = Promise.resolve()
  private beforeFirstWrite?: () => Promise<void>
  /** whether the snapshot file exists on disk (a journal needs one to patch) */
  private snapshotOnDisk: boolean

  private constructor(
    private readonly adapter: DurableJsonFile<T>,
    data: T,
    exists: boolean,
    beforeFirstWrite?: () => Promise<void>,
    private readonly journal?: Journal,
  ) {
    this.db = new Low<T>(adapter, data)
    this.db.data = data
    this.snapshotOnDisk = exists
    this.beforeFirstWrite = exists ? beforeFirstWrite : undefined
  }

  /**
   * Reads and validates a file (migrate + zod). Throws WORKSPACE_FILE_CORRUPT for a file that does
   * not parse. A missing file starts from `initial()` if given and is written on the first change.
   */
  static async open<T>(
    path: string,
    relPath: string,
    schema: z.ZodType<T>,
    kind: string,
    opts: { initial?: () => T; beforeFirstWrite?: () => Promise<void>; journal?: JournalConfig } = {},
  ): Promise<Shard<T>> {
    const adapter = new DurableJsonFile<T>(path, relPath, schema, kind)
    const data = await adapter.read()
    const journal = opts.journal ? new Journal(opts.journal) : undefined
    if (data === null) {
      if (!opts.initial) {
        throw new WorkbenchError('NOT_FOUND', `工作区文件 ${relPath} 不存在`, { details: { file: relPath } })
      }
      // a journal without its snapshot cannot be trusted to be complete: it is ignored and replaced
      // by the first full write
      return new Shard(adapter, opts.initial(), false, undefined, journal)
    }
    if (journal) await journal.replay((data as Record<string, Record<string, unknown>>)[journal.cfg.field]!)
    return new Shard(adapter, data, true, opts.beforeFirstWrite, journal)
  }

  get relPath(): string {
    return this.adapter.relPath
  }

  /** The current data. Treat as read-only: change it only through update(). */
  get data(): T {
    return this.db.data
  }

  /**
   * Applies `change` to the data and writes the file. `change` runs when the queue reaches it; if
   * it throws, nothing of it is written and the caller gets the error. If the disk write fails, the
   * in-memory data is reloaded from the file, so memory never claims what the disk does not hold.
   */
  update<R>(change: (data: T) => R, hint?: { entries: readonly string[] }): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ entries: hint?.entries, apply: change as (d: unknown) => unknown, resolve: resolve as (v: unknown) => void, reject })
      if (!this.flushing) void this.flush()
    })
  }

  /** Resolves once every change queued so far is on disk. */
  async settled(): Promise<void> {
    while (this.flushing) await this.drained
  }

  private flush(): Promise<void> {
    this.flushing = true
    this.drained = this.flushLoop()
    return this.drained
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending
        this.pending = []
        const done: Array<{ p: Pending; value: unknown }> = []
        try {
          // the session's first write: fold any journal into the snapshot, then back the file up,
          // both before this batch changes anything
          if (this.beforeFirstWrite) {
            const hook = this.beforeFirstWrite
            this.beforeFirstWrite = undefined
            if (this.journal && this.journal.lines > 0) {
              await this.db.write()
              await this.journal.truncate()
            }
            await hook()
          }
        } catch (e) {
          for (const p of batch) p.reject(e)
          continue
        }
        // callers that name the entries they replace spare the identity diff over the whole record
        const hinted = batch.every((p) => p.entries) ? [...new Set(batch.flatMap((p) => p.entries!))] : null
        const before = this.journal && !hinted ? this.recordSnapshot() : null
        for (const p of batch) {
          try {
            done.push({ p, value: p.apply(this.db.data) })
          } catch (e) {
            p.reject(e)
          }
        }
        if (done.length === 0) continue
        try {
          const patch = hinted && this.journal ? this.hintedPatch(hinted) : before ? this.recordPatch(before) : null
          if (patch && this.journal && this.snapshotOnDisk && !this.journal.needsCompaction) {
            if (patch.length) await this.journal.append(patch)
          } else {
            await this.db.write()
            this.snapshotOnDisk = true
            if (this.journal && this.journal.lines > 0) await this.journal.truncate()
          }
          for (const d of done) d.p.resolve(d.value)
        } catch (e) {
          await this.reload()
          for (const d of done) d.p.reject(e)
        }
      }
    } finally {
      this.flushing = false
    }
  }

  /**
   * Identity snapshot of the journaled record and of every other top-level field, taken before a
   * batch: handlers replace a changed entry by a new object, so a changed entry is one whose
   * reference differs afterwards.
   */
  private recordSnapshot(): { record: Record<string, unknown>; others: Map<string, unknown> } {
    const data = this.db.data as Record<string, unknown>
    const field = this.journal!.cfg.field
    const others = new Map(Object.entries(data).filter(([k]) => k !== field))
    return { record: { ...(data[field] as Record<string, unknown>) }, others }
  }

  /** The changed entries as journal lines, or null when anything else changed (then: full write). */
  private recordPatch(before: { record: Record<string, unknown>; others: Map<string, unknown> }): Array<[string, unknown]> | null {
    const data = this.db.data as Record<string, unknown>
    const field = this.journal!.cfg.field
    const otherKeys = Object.keys(data).filter((k) => k !== field)
    if (otherKeys.length !== before.others.size || otherKeys.some((k) => data[k] !== before.others.get(k))) return null
    const now = data[field] as Record<string, unknown>
    const patch: Array<[string, unknown]> = []
    for (const [k, v] of Object.entries(now)) if (before.record[k] !== v) patch.push([k, v])
    for (const k of Object.keys(before.record)) if (!(k in now)) patch.push([k, null])
    return patch
  }

  private hintedPatch(keys: readonly string[]): Array<[string, unknown]> {
    const record = (this.db.data as Record<string, Record<string, unknown>>)[this.journal!.cfg.field]!
    return keys.map((k) => [k, record[k] ?? null])
  }

  /**
   * Closes the journal's file handle. The journal is deliberately not folded in here: until the next
   * session's first write folds it (and backs the result up), it is a second copy of the last
   * session's saves, which replays onto a restored backup if the snapshot is damaged meanwhile.
   */
  async close(): Promise<void> {
    await this.settled()
    await this.journal?.close()
  }

  private async reload(): Promise<void> {
    try {
      const fresh = await this.adapter.read()
      if (fresh !== null && this.journal) {
        const j = new Journal(this.journal.cfg)
        await j.replay((fresh as Record<string, Record<string, unknown>>)[this.journal.cfg.field]!)
      }
      if (fresh !== null) this.db.data = fresh
    } catch {
      // the file itself is unreadable now; keep memory as it is and let the next read report it
    }
  }
}
