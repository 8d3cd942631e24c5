import { Low } from 'lowdb'
import type { z } from 'zod'
import { DurableJsonFile } from './jsonFileAdapter'
import { WorkbenchError } from '../domain/errors'

interface Pending {
  apply: (data: unknown) => unknown
  resolve: (v: unknown) => void
  reject: (e: unknown) => void
}

/**
 * One workspace file held by lowdb, with one serialized write queue (architecture.md: one queue per
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

  private constructor(
    private readonly adapter: DurableJsonFile<T>,
    data: T,
    exists: boolean,
    beforeFirstWrite?: () => Promise<void>,
  ) {
    this.db = new Low<T>(adapter, data)
    this.db.data = data
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
    opts: { initial?: () => T; beforeFirstWrite?: () => Promise<void> } = {},
  ): Promise<Shard<T>> {
    const adapter = new DurableJsonFile<T>(path, relPath, schema, kind)
    const data = await adapter.read()
    if (data === null) {
      if (!opts.initial) {
        throw new WorkbenchError('NOT_FOUND', `工作区文件 ${relPath} 不存在`, { details: { file: relPath } })
      }
      return new Shard(adapter, opts.initial(), false)
    }
    return new Shard(adapter, data, true, opts.beforeFirstWrite)
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
  update<R>(change: (data: T) => R): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ apply: change as (d: unknown) => unknown, resolve: resolve as (v: unknown) => void, reject })
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
        for (const p of batch) {
          try {
            done.push({ p, value: p.apply(this.db.data) })
          } catch (e) {
            p.reject(e)
          }
        }
        if (done.length === 0) continue
        try {
          if (this.beforeFirstWrite) {
            const hook = this.beforeFirstWrite
            this.beforeFirstWrite = undefined
            await hook()
          }
          await this.db.write()
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

  private async reload(): Promise<void> {
    try {
      const fresh = await this.adapter.read()
      if (fresh !== null) this.db.data = fresh
    } catch {
      // the file itself is unreadable now; keep memory as it is and let the next read report it
    }
  }
}
