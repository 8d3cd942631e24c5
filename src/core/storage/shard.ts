import type { z } from 'zod'
import { DurableJsonFile } from './jsonFileAdapter'
import { WorkbenchError } from '../domain/errors'
import { Journal, type JournalConfig } from './journal'
import type { BulkPath } from './bulkParse'
import { deepFreeze, type DeepReadonly } from './readonly'
import { storageError } from './storageError'
import { keepUnconfirmed, pendingOf, uniqueById, type AuditOutboxSink } from './auditOutbox'
import type { AuditIntent, PendingAudit } from '../domain/audit'

export type { DeepReadonly }

/** The audit entry (or entries) of a change, written with it (auditOutbox.ts); none when null. */
export type AuditOf<R> = (value: R) => AuditIntent | readonly AuditIntent[] | null | undefined

type Op =
  | { kind: 'update'; change: (draft: unknown) => unknown; audit?: AuditOf<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void }
  | { kind: 'put'; key: string; next: unknown; expect: number; audit?: AuditIntent | readonly AuditIntent[]; resolve: (v: unknown) => void; reject: (e: unknown) => void }

/** The field of a file that holds its audit outbox (campaign.json, a sheets snapshot). */
type WithOutbox = { auditOutbox?: PendingAudit[] }

function setOutbox(file: WithOutbox, list: PendingAudit[]): void {
  if (list.length) file.auditOutbox = list
  else delete file.auditOutbox
}

/**
 * One workspace file with one serialized write queue (docs/design/architecture.md: one queue per file).
 *
 * What it hands out (`data`) is the state on disk, frozen and read-only in its type. The only ways to
 * change it cannot lose a change:
 * - `update(change)` gives `change` a draft — a copy — and writes exactly that draft;
 * - `put(key, next, expectVersion)` (RecordShard) replaces one entry of a journaled record, refusing
 *   it with STALE_VERSION when the entry is no longer at the version the caller started from.
 * Changes that arrive while a write is on its way are applied together and written once (group
 * commit). Each caller's promise resolves only after the write containing its change is on disk;
 * memory moves to the new state only then, so after a failed write memory still matches the disk.
 * A change that changes nothing, or is refused, writes nothing — not even the session's first-write
 * fold and backup.
 *
 * A change may carry its audit entries (`update(change, audit)`, `put(…, audit)`): they are written in
 * the same write as the change and appended to the campaign's audit log after it (auditOutbox.ts);
 * the caller's promise resolves once both are on disk.
 */
export class Shard<T, R = DeepReadonly<T>> {
  private state: T
  /** JSON of `state` when known (compared with a draft to see whether an update changed anything) */
  private stateText: string | null = null
  private queue: Op[] = []
  private flushing = false
  private drained: Promise<void> = Promise.resolve()
  private beforeFirstWrite?: () => Promise<void>
  /** whether the snapshot file exists on disk (a journal needs one to patch) */
  private snapshotOnDisk: boolean

  protected constructor(
    private readonly adapter: DurableJsonFile<T>,
    data: T,
    exists: boolean,
    beforeFirstWrite: (() => Promise<void>) | undefined,
    protected readonly journal?: Journal,
    private readonly outbox?: AuditOutboxSink,
  ) {
    this.state = this.freezeState(data)
    this.snapshotOnDisk = exists
    this.beforeFirstWrite = exists ? beforeFirstWrite : undefined
  }

  /**
   * Reads and validates a file (migrate + zod) and replays its journal. Throws WORKSPACE_FILE_CORRUPT
   * for a file that does not parse. A missing file starts from `initial()` if given and is written on
   * the first change.
   */
  static async open<T>(
    path: string,
    relPath: string,
    schema: z.ZodType<T>,
    kind: string,
    opts: { initial?: () => T; beforeFirstWrite?: () => Promise<void>; journal?: JournalConfig; bulk?: readonly BulkPath[]; outbox?: AuditOutboxSink } = {},
  ): Promise<Shard<T>> {
    const { adapter, data, exists, journal } = await readShard(path, relPath, schema, kind, opts)
    return new Shard<T>(adapter, data, exists, opts.beforeFirstWrite, journal, opts.outbox)
  }

  get relPath(): string {
    return this.adapter.relPath
  }

  /**
   * The data on disk: frozen (a change through it throws) and, with the default `R`, read-only in
   * its type (a change through it does not compile). Change it through update() or put().
   */
  get data(): R {
    return this.state as unknown as R
  }

  /**
   * Runs `change` on a draft (a copy of the current data) when the queue reaches it and writes the
   * draft. If `change` throws, or leaves the draft as it was, nothing is written and the caller gets
   * its error or its result. `audit`, given the result, states the change's audit entries: written
   * with the change, then appended to the log (a change with entries is written even if the data
   * did not change, as its entries were appended before outboxes).
   */
  update<R>(change: (draft: T) => R, audit?: AuditOf<R>): Promise<R> {
    if (audit) this.needsOutbox()
    return this.enqueue<R>((resolve, reject) => ({ kind: 'update', change: change as (d: unknown) => unknown, audit: audit as AuditOf<unknown> | undefined, resolve, reject }))
  }

  /** A change with audit entries needs a file that keeps an outbox (campaign.json, a sheets file). */
  protected needsOutbox(): void {
    if (!this.outbox) throw new Error(`${this.relPath} keeps no audit outbox`)
  }

  /** The refusal of a put whose entry moved on (RecordShard words it for its entries). */
  protected stale(current: number, expected: number): WorkbenchError {
    return new WorkbenchError('STALE_VERSION', `该记录已在别处被修改（当前第 ${current} 版，本次修改基于第 ${expected} 版），为避免覆盖，本次修改未保存。请刷新后再改。`, {
      details: { version: current },
    })
  }

  protected enqueue<R>(make: (resolve: (v: unknown) => void, reject: (e: unknown) => void) => Op): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push(make(resolve as (v: unknown) => void, reject))
      if (!this.flushing) {
        this.flushing = true
        this.drained = this.flushLoop()
      }
    })
  }

  /** Resolves once every change queued so far is on disk. */
  async settled(): Promise<void> {
    while (this.flushing) await this.drained
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue
        this.queue = []
        await this.runBatch(batch)
      }
    } finally {
      this.flushing = false
    }
  }

  private async runBatch(batch: Op[]): Promise<void> {
    const field = this.journal?.cfg.field
    const committed = this.state as Record<string, Record<string, unknown>>
    /** a whole new state (an update changed something); puts after it go into it */
    let draft: T | null = null
    let draftText: string | null = null
    /** accepted puts not yet on disk, applied to the shared record only once they are */
    const pending = new Map<string, unknown>()
    const outcomes: Array<{ op: Op; ok: boolean; value: unknown }> = []
    /** the batch's audit entries, written with its changes, and the ops they belong to */
    const audits: PendingAudit[] = []
    const audited = new Set<Op>()
    /** a put's entries go on its own journal line */
    const auditsByKey = new Map<string, PendingAudit[]>()
    const entryOf = (key: string): unknown =>
      draft ? (draft as Record<string, Record<string, unknown>>)[field!]![key] : pending.has(key) ? pending.get(key) : committed[field!]?.[key]
    for (const op of batch) {
      try {
        if (op.kind === 'update') {
          const base: T = draft ?? (pending.size ? this.withPending(pending) : this.state)
          const baseText: string = draft ? (draftText ??= JSON.stringify(draft)) : pending.size ? JSON.stringify(base) : (this.stateText ??= JSON.stringify(base))
          const copy: T = structuredClone(base)
          const value = op.change(copy)
          const entries = op.audit ? pendingOf(op.audit(value)) : []
          const text = JSON.stringify(copy)
          if (entries.length) {
            audits.push(...entries)
            audited.add(op)
          }
          // a file not on disk yet (a new workspace or campaign) is created by its first accepted update
          if (text !== baseText || (!this.snapshotOnDisk && !draft) || entries.length) {
            draft = copy
            draftText = text
          }
          outcomes.push({ op, ok: true, value })
        } else {
          const current = entryOf(op.key) as { version?: number } | undefined
          const version = current?.version ?? 0
          if (version !== op.expect) throw this.stale(version, op.expect)
          let stored = current
          const entries = pendingOf(op.audit)
          if (entries.length) {
            audits.push(...entries)
            audited.add(op)
            auditsByKey.set(op.key, [...(auditsByKey.get(op.key) ?? []), ...entries])
          }
          if (current === undefined || entries.length || JSON.stringify(current) !== JSON.stringify(op.next)) {
            // `next` is the caller's fresh object: frozen and kept, not copied (a save is on the hot path)
            stored = deepFreeze(op.next) as typeof current
            if (draft) {
              ;(draft as Record<string, Record<string, unknown>>)[field!]![op.key] = stored
              draftText = null
            } else pending.set(op.key, stored)
          }
          outcomes.push({ op, ok: true, value: stored })
        }
      } catch (e) {
        outcomes.push({ op, ok: false, value: e })
      }
    }
    if (draft || pending.size) {
      // the file's next outbox: its entries the log does not hold yet and this batch's (auditOutbox.ts)
      const before = (this.state as WithOutbox).auditOutbox
      const outbox = this.outbox && (audits.length || before?.length) ? keepUnconfirmed(before, audits, (p) => this.outbox!.holds(p)) : null
      this.outbox?.expect(audits)
      let written = false
      try {
        if (draft) {
          if (outbox) setOutbox(draft as WithOutbox, outbox)
          const text = outbox ? JSON.stringify(draft) : (draftText ?? JSON.stringify(draft))
          await this.write(() => text, null)
          this.state = this.freezeState(draft)
          this.stateText = text
        } else {
          await this.write(() => JSON.stringify(this.withPending(pending, outbox)), pending, auditsByKey)
          // on disk now: the shared record takes the new entries in place (copying a record of a
          // thousand sheets per save would cost milliseconds)
          for (const [k, v] of pending) committed[field!]![k] = v
          if (outbox) {
            const next = { ...(this.state as object) } as WithOutbox
            setOutbox(next, deepFreeze(outbox) as PendingAudit[])
            this.state = Object.freeze(next) as T
          }
          this.stateText = null
        }
        written = true
      } catch (e) {
        this.outbox?.forget(audits)
        const err = storageError(e)
        for (const o of outcomes) if (o.ok) Object.assign(o, { ok: false, value: err })
      }
      if (written && audits.length) {
        // the change is on disk with its entries: a failed append is reported to its callers and
        // recovered from the outbox (before the log's next append, or in the next session)
        try {
          await this.outbox!.commit(audits)
        } catch (e) {
          const err = storageError(e)
          for (const o of outcomes) if (o.ok && audited.has(o.op)) Object.assign(o, { ok: false, value: err })
        }
      }
    }
    for (const o of outcomes) (o.ok ? o.op.resolve : o.op.reject)(o.value)
  }

  /** The state with accepted puts applied, as a new top-level object (for a whole-file write). */
  private withPending(pending: Map<string, unknown>, outbox: PendingAudit[] | null = null): T {
    const field = this.journal!.cfg.field
    const state = this.state as Record<string, Record<string, unknown>>
    const next = { ...state, [field]: { ...state[field], ...Object.fromEntries(pending) } }
    if (outbox) setOutbox(next as WithOutbox, outbox)
    return next as T
  }

  /**
   * Freezes a state: everything, except the journaled record object itself, which takes saved
   * entries in place (each entry is frozen; adding one outside put() does not compile).
   */
  private freezeState(s: T): T {
    const field = this.journal?.cfg.field
    if (!field) return deepFreeze(s)
    const obj = s as Record<string, unknown>
    for (const [k, v] of Object.entries(obj)) {
      if (k === field) for (const entry of Object.values(v as object)) deepFreeze(entry)
      else deepFreeze(v)
    }
    return Object.freeze(s)
  }

  /** Writes the changed entries to the journal when that is all that changed, else the whole file (`text()`). */
  private async write(text: () => string, entries: Map<string, unknown> | null, audits?: ReadonlyMap<string, readonly PendingAudit[]>): Promise<void> {
    if (this.beforeFirstWrite) {
      // the session's first write: fold any journal into the snapshot, then back the file up, both
      // before this batch changes anything; kept pending until it succeeds
      if (this.journal && this.journal.lines > 0) {
        await this.adapter.writeText(this.stateText ?? JSON.stringify(this.state))
        await this.journal.truncate()
      }
      await this.beforeFirstWrite()
      this.beforeFirstWrite = undefined
    }
    if (entries && this.journal && this.snapshotOnDisk && !this.journal.needsCompaction) {
      await this.journal.append([...entries], audits)
      return
    }
    await this.adapter.writeText(text())
    this.snapshotOnDisk = true
    if (this.journal && this.journal.lines > 0) await this.journal.truncate()
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
}

/** Reads a shard's file (and replays its journal); shared by Shard.open and RecordShard.openRecord. */
export async function readShard<T>(
  path: string,
  relPath: string,
  schema: z.ZodType<T>,
  kind: string,
  opts: { initial?: () => T; journal?: JournalConfig; bulk?: readonly BulkPath[] },
): Promise<{ adapter: DurableJsonFile<T>; data: T; exists: boolean; journal?: Journal }> {
  const adapter = new DurableJsonFile<T>(path, relPath, schema, kind)
  // a journaled shard is mostly its record, a campaign mostly its submissions: validated entry by
  // entry without blocking the loop (recordParse.ts, bulkParse.ts)
  const data = opts.journal ? await adapter.readRecord(opts.journal) : opts.bulk ? await adapter.readBulk(opts.bulk) : await adapter.read()
  const journal = opts.journal ? new Journal(opts.journal) : undefined
  if (data === null) {
    if (!opts.initial) {
      throw new WorkbenchError('NOT_FOUND', `工作区文件 ${relPath} 不存在`, { details: { file: relPath } })
    }
    // a journal without its snapshot cannot be trusted to be complete: it is ignored and replaced
    // by the first full write
    return { adapter, data: opts.initial(), exists: false, journal }
  }
  if (journal) {
    // audit entries written on journal lines join the file's outbox (auditOutbox.ts)
    const carried = await journal.replay((data as Record<string, Record<string, unknown>>)[journal.cfg.field]!)
    if (carried.length) (data as WithOutbox).auditOutbox = uniqueById([(data as WithOutbox).auditOutbox, carried])
  }
  return { adapter, data, exists: true, journal }
}
