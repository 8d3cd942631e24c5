import type { z } from 'zod'
import { WorkbenchError } from '../domain/errors'
import type { JournalConfig } from './journal'
import { readShard, Shard, type DeepReadonly } from './shard'

/**
 * A shard whose data is mostly one record of versioned entries (a sheets file: submission id →
 * sheet), saved entry by entry through a journal (journal.ts).
 */
export class RecordShard<T, V extends { version: number }> extends Shard<T, DeepReadonly<T>> {
  private describeStale?: (current: number, expected: number) => string

  static async openRecord<T, V extends { version: number }>(
    path: string,
    relPath: string,
    schema: z.ZodType<T>,
    kind: string,
    opts: {
      initial?: () => T
      beforeFirstWrite?: () => Promise<void>
      journal: JournalConfig
      /** the refusal's words when an entry is no longer at the expected version */
      describeStale?: (current: number, expected: number) => string
    },
  ): Promise<RecordShard<T, V>> {
    const { adapter, data, exists, journal } = await readShard(path, relPath, schema, kind, opts)
    const shard = new RecordShard<T, V>(adapter, data, exists, opts.beforeFirstWrite, journal)
    shard.describeStale = opts.describeStale
    return shard
  }

  protected override stale(current: number, expected: number): WorkbenchError {
    if (!this.describeStale) return super.stale(current, expected)
    return new WorkbenchError('STALE_VERSION', this.describeStale(current, expected), { details: { version: current } })
  }

  /**
   * Replaces the entry `key` by `next` if the stored entry is still at `expectVersion` (0: none yet),
   * else refuses with STALE_VERSION; writes exactly that entry to the journal. Resolves with the
   * stored entry once it is on disk.
   */
  put(key: string, next: V, expectVersion: number): Promise<DeepReadonly<V>> {
    return this.enqueue((resolve, reject) => ({ kind: 'put', key, next, expect: expectVersion, resolve, reject }))
  }
}
