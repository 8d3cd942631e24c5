import { rmdir } from 'node:fs/promises'
import { checkTypePolicy, DEFAULT_ALLOWED_MIMES } from '../attachments/policy'
import { sniffMime } from '../attachments/sniffMime'
import { OLE_MAGIC } from '../files/sniff'
import { open } from 'node:fs/promises'
import type { AttachmentStore, PutSource } from '../attachments/store'
import { throwIfCancelled } from '../intakeError'
import { MSG } from '../messages'
import type { MaterialsImportOptions, PlannedFile, SkippedEntry } from './types'

const PROGRESS_STEP = 1024 * 1024

export interface IngestMeta {
  /** sanitised display name and path */
  name: string
  path: string
  /** for refusal messages */
  label: string
  maxBytes: number
}

export type IngestOutcome = { size: number; file: PlannedFile; skipped?: undefined } | { size: number; file?: undefined; skipped: SkippedEntry }

/**
 * One import's bookkeeping: puts files into the attachment store, sniffs and checks their type,
 * reports progress, and remembers every blob it created so that a refused or cancelled import can
 * remove them — leaving `attachments/` exactly as it was (docs/design/hostile-inputs.md: "the workspace
 * unchanged"; "on any error delete the staging folder"). Blobs that existed before the import are
 * never removed: other submissions may reference them.
 */
export class IngestSession {
  /** how many files an import stores at once: one file's fsync overlaps the next one's reading and hashing */
  static readonly CONCURRENCY = 3

  private readonly created: string[] = []
  /** blobs this import created for files it then skipped: removed at finish() unless a kept file has the same bytes */
  private readonly skippedCreated = new Set<string>()
  private readonly kept = new Set<string>()
  private dirs: { createdRoot: boolean; createdStaging: boolean } = { createdRoot: false, createdStaging: false }
  private done = 0
  private reported = 0

  constructor(
    private readonly store: AttachmentStore,
    private readonly opts: Pick<MaterialsImportOptions, 'allowedMimes' | 'signal' | 'onProgress'>,
    private readonly totalBytes: number,
  ) {}

  async begin(): Promise<void> {
    this.checkCancelled()
    this.dirs = await this.store.ensureDirs()
    this.progress(true)
  }

  checkCancelled(): void {
    throwIfCancelled(this.opts.signal, MSG.cancelled)
  }

  /** Stores one file, then keeps it in the plan or skips it (and deletes it) by its sniffed type. */
  async ingest(source: PutSource, meta: IngestMeta): Promise<IngestOutcome> {
    this.checkCancelled()
    const put = await this.store.put(source, {
      maxBytes: meta.maxBytes,
      signal: this.opts.signal,
      label: meta.label,
      deferDirSync: true,
      onBytes: (n) => {
        this.done += n
        this.progress(false)
      },
    })
    if (put.created) this.created.push(put.sha256)
    let mime = sniffMime(put.head, meta.name)
    // an OLE2 file's directory may lie beyond the head: read up to 8 MB of the blob to tell an old
    // .xls/.doc from an encrypted .xlsx/.docx (files/cfb.ts)
    if (put.head.subarray(0, 8).equals(Buffer.from(OLE_MAGIC))) mime = sniffMime(await readHead(this.store.path(put.sha256), 8 * 1024 * 1024), meta.name)
    const verdict = checkTypePolicy(mime, put.size, this.opts.allowedMimes ?? DEFAULT_ALLOWED_MIMES)
    if (!verdict.ok) {
      if (put.created) this.skippedCreated.add(put.sha256)
      return { size: put.size, skipped: { path: meta.path, reason: verdict.reason, message: verdict.message } }
    }
    this.kept.add(put.sha256)
    this.progress(true)
    return { size: put.size, file: { name: meta.name, path: meta.path, sha256: put.sha256, size: put.size, mime } }
  }

  /**
   * Deletes the blobs of skipped files (deferred to here: files are ingested a few at a time, and one
   * with the same bytes as a skipped one may be kept), then makes every blob of the plan durable (one
   * fsync of the folder for the whole import).
   */
  async finish(): Promise<void> {
    const unused = [...this.skippedCreated].filter((sha) => !this.kept.has(sha))
    if (unused.length > 0) await this.store.remove(...unused)
    await this.store.syncDir()
  }

  /** Removes everything this import added: its blobs, and the folders it had to create. */
  async rollback(): Promise<void> {
    const created = this.created.splice(0)
    if (created.length > 0) await this.store.remove(...created)
    if (this.dirs.createdStaging) await rmdir(this.store.stagingDir).catch(() => undefined)
    if (this.dirs.createdRoot) await rmdir(this.store.root).catch(() => undefined)
  }

  private progress(force: boolean): void {
    if (!this.opts.onProgress) return
    if (!force && this.done - this.reported < PROGRESS_STEP) return
    this.reported = this.done
    this.opts.onProgress(this.done, this.totalBytes)
  }
}

/** The first `max` bytes of a stored blob. */
async function readHead(path: string, max: number): Promise<Buffer> {
  const fh = await open(path, 'r')
  try {
    const buf = Buffer.alloc(max)
    const { bytesRead } = await fh.read(buf, 0, max, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await fh.close()
  }
}
