import type { z } from 'zod'
import { WorkbenchError } from '../domain/errors'
import type { JournalConfig } from './journal'
import { readShard, Shard, type DeepReadonly } from './shard'
import type { AuditOutboxSink } from './auditOutbox'
import type { AuditIntent } from '../domain/audit'

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
      /** the campaign's audit log, for puts that carry audit entries (auditOutbox.ts) */
      outbox?: AuditOutboxSink
    },
  ): Promise<RecordShard<T, V>> {
    const { adapter, data, exists, journal } = await readShard(path, relPath, schema, kind, opts)
    const shard = new RecordShard<T, V>(adapter, data, exists, opts.beforeFirstWrite, journal, opts.outbox)
    shard.describeStale = opts.describeStale
    return shard
  }

  protected override stale(current: number, expected: number): WorkbenchError {
    if (!this.describeStale) return super.stale(current, expected)
    return new WorkbenchError('STALE_VERSION', this.describeStale(current, expected), { details: { version: current } })
  }

  /**
   * Replaces the entry `key` by `next` if the stored entry is still at `expectVersion` (0: none yet),
   * else refuses with STALE_VERSION; writes exactly that entry to the journal, with `audit`'s entries
   * on the same line (auditOutbox.ts). Resolves with the stored entry once it (and its audit entries,
   * appended to the log after it) is on disk.
   */
  put(key: string, next: V, expectVersion: number, audit?: AuditIntent | readonly AuditIntent[]): Promise<DeepReadonly<V>> {
    if (audit) this.needsOutbox()
    return this.enqueue((resolve, reject) => ({ kind: 'put', key, next, expect: expectVersion, audit, resolve, reject }))
  }
}
