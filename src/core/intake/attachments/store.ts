import { createHash, randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { syncDir } from '../../storage/durableWrite'
import { storageIo, writeAll, type IoHandle } from '../../storage/io'
import { storageError } from '../../storage/storageError'
import { intakeError } from '../intakeError'
import { MSG } from '../messages'
import { SNIFF_BYTES } from './sniffMime'

/** A blob's name: lower-case hex SHA-256 of its bytes. */
export const SHA256_RE = /^[0-9a-f]{64}$/

/** Where bytes come from: a file path, or any stream/iterable of chunks (a yauzl entry, a file handle). */
export type PutSource = string | AsyncIterable<Uint8Array>

export interface PutOptions {
  /** refuse (and delete the temp file) once more than this many bytes have arrived */
  maxBytes?: number
  signal?: AbortSignal
  /** called with each chunk's length, for progress */
  onBytes?(n: number): void
  /** the display name used in a refusal message */
  label?: string
  /**
   * skip the fsync of `attachments/` after the rename; the caller must call syncDir() before it
   * commits anything that references the blob (an import syncs once at its end, not per file)
   */
  deferDirSync?: boolean
}

export interface PutResult {
  sha256: string
  size: number
  /** false when a blob with these bytes was already stored (the temp copy was deleted) */
  created: boolean
  /** the first bytes (up to SNIFF_BYTES), for sniffMime */
  head: Buffer
}

/** 500 MB: the per-file cap of docs/design/hostile-inputs.md's zip rules, used when a put names no other. */
export const DEFAULT_MAX_BLOB_BYTES = 500 * 1024 * 1024
const READ_CHUNK = 1024 * 1024

/**
 * The content-addressed attachment store: `<workspace>/attachments/<sha256>` (docs/design/architecture.md,
 * "attachments/<sha256> content-addressed materials, never loaded whole into memory").
 *
 * put() streams into a temp file in `attachments/.staging/`, hashing as it goes, with a size cap;
 * then fsync of the file, rename to its hash, fsync of the folder (the durable-write order measured
 * in docs/design/toolchain.md). Identical bytes are stored once: if the blob exists the temp file is deleted.
 * A blob is harmless until something references it; sweepUnreferenced() deletes the rest.
 *
 * One process owns a workspace (docs/design/architecture.md); two concurrent imports of identical bytes may both
 * report `created` and one's rollback would delete the other's blob — callers run imports one at a time.
 */
export class AttachmentStore {
  readonly root: string
  readonly stagingDir: string
  private readonly maxBytes: number

  constructor(workspaceRoot: string, opts: { maxBytes?: number } = {}) {
    this.root = resolve(workspaceRoot, 'attachments')
    this.stagingDir = join(this.root, '.staging')
    this.maxBytes = opts.maxBytes ?? DEFAULT_MAX_BLOB_BYTES
  }

  /** The blob's path; refuses anything but 64 lower-case hex digits, so no input becomes a path. */
  path(sha256: string): string {
    if (!SHA256_RE.test(sha256)) throw intakeError('BAD_SHA256', MSG.badSha256, { sha256: String(sha256).slice(0, 80) })
    return join(this.root, sha256)
  }

  async has(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.path(sha256))).isFile()
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false
      throw e
    }
  }

  /**
   * Creates `attachments/.staging` when missing and says which of the two folders it created,
   * so an import that is refused can remove them again and leave the workspace as it found it.
   */
  async ensureDirs(): Promise<{ createdRoot: boolean; createdStaging: boolean }> {
    const first = await mkdir(this.stagingDir, { recursive: true })
    return { createdRoot: first !== undefined && resolve(first) === this.root, createdStaging: first !== undefined }
  }

  /** Streams `source` into the store; see the class comment. Never holds more than one chunk in memory. */
  async put(source: PutSource, opts: PutOptions = {}): Promise<PutResult> {
    const max = opts.maxBytes ?? this.maxBytes
    const label = opts.label ?? (typeof source === 'string' ? source : '')
    const input: AsyncIterable<Uint8Array> = typeof source === 'string' ? createReadStream(source, { highWaterMark: READ_CHUNK }) : source
    const tmp = join(this.stagingDir, `${randomUUID()}.part`)
    const hash = createHash('sha256')
    const headParts: Buffer[] = []
    let headLen = 0
    let size = 0
    const io = storageIo()
    let fh: IoHandle | undefined
    try {
      await io.mkdirp(this.stagingDir)
      fh = await io.open(tmp, 'wx')
      for await (const raw of input) {
        if (opts.signal?.aborted) throw intakeError('CANCELLED', MSG.cancelled)
        const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)
        size += chunk.length
        if (size > max) throw intakeError('FILE_TOO_LARGE', MSG.fileTooLarge(label, max), { maxBytes: max })
        hash.update(chunk)
        if (headLen < SNIFF_BYTES) {
          const part = chunk.subarray(0, SNIFF_BYTES - headLen)
          headParts.push(Buffer.from(part))
          headLen += part.length
        }
        await writeAll(fh, chunk)
        opts.onBytes?.(chunk.length)
      }
      if (opts.signal?.aborted) throw intakeError('CANCELLED', MSG.cancelled)
      await fh.sync()
      await fh.close()
      fh = undefined
    } catch (e) {
      // a full disk or an I/O fault mid-blob: the partial temp file goes, the user hears STORAGE_FULL/STORAGE_IO
      destroySource(input)
      await fh?.close().catch(() => undefined)
      await io.unlink(tmp).catch(() => undefined)
      throw storageError(e)
    }
    const sha256 = hash.digest('hex')
    const target = this.path(sha256)
    const head = Buffer.concat(headParts)
    if (await this.has(sha256)) {
      await rm(tmp, { force: true })
      return { sha256, size, created: false, head }
    }
    try {
      await io.rename(tmp, target)
      if (!opts.deferDirSync) await syncDir(this.root)
    } catch (e) {
      await io.unlink(tmp).catch(() => undefined)
      throw storageError(e)
    }
    return { sha256, size, created: true, head }
  }

  /** fsync of `attachments/`, making renames into it durable (see PutOptions.deferDirSync). */
  async syncDir(): Promise<void> {
    await syncDir(this.root)
  }

  /** Deletes blobs (no error if one is already gone), then makes the deletions durable with one fsync. */
  async remove(...sha256s: string[]): Promise<void> {
    for (const sha of sha256s) await rm(this.path(sha), { force: true })
    await syncDir(this.root).catch(() => undefined)
  }

  /** The hashes of all stored blobs (names that are not 64 hex digits are ignored). */
  async list(): Promise<string[]> {
    try {
      return (await readdir(this.root)).filter((n) => SHA256_RE.test(n))
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw e
    }
  }
}

function destroySource(input: AsyncIterable<Uint8Array>): void {
  const d = (input as { destroy?: () => void }).destroy
  if (typeof d === 'function') {
    try {
      d.call(input)
    } catch {
      // a stream that cannot be destroyed twice; nothing more to release
    }
  }
}
