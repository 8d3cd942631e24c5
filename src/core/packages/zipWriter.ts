import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open, rm, type FileHandle } from 'node:fs/promises'
import { crc32 } from 'node:zlib'
import { WorkbenchError } from '../domain/errors'
import { PKG_MSG } from './messages'

/**
 * A streaming zip writer for packages (issue 11): every entry is *stored* (PDFs and Office files are
 * already compressed, and a stored entry costs no CPU), written chunk by chunk from a file or from
 * bytes, hashed (SHA-256 for the manifest, CRC-32 for the zip) as it goes. The local header is written
 * first with zero CRC and sizes and patched in place once the entry's bytes are through, so no data
 * descriptor is needed and a reader sees sizes before data.
 *
 * No ZIP64: a package is refused, before it grows past it, at `maxBytes` (default just under 4 GB, the
 * classic zip limit), with a message that names the cap — see PKG_MSG.tooLarge. Names are ours
 * (`manifest.json`, `materials/<sha256>` …), ASCII, flagged UTF-8 anyway. Times are a fixed DOS date
 * derived from the caller's `modified` so the same input gives the same bytes.
 *
 * The file is written to `<target>.part` and renamed by the caller's commit (finish → path), so a
 * cancelled or failed export leaves no half-written package under the name the user chose.
 */
export const ZIP_MAX_BYTES = 0xffff_ffff - 64 * 1024
const MAX_ENTRIES = 0xffff
const CHUNK = 1024 * 1024

export interface ZipWriterOptions {
  /** refuse before the archive would exceed this many bytes */
  maxBytes?: number
  signal?: AbortSignal
  /** called with the bytes written so far after every chunk */
  onBytes?: (written: number) => void
  /** the time stamped on every entry */
  modified?: Date
}

export interface WrittenEntry {
  name: string
  size: number
  sha256: string
}

interface CentralRecord {
  name: Buffer
  crc: number
  size: number
  offset: number
}

export class ZipWriter {
  private offset = 0
  private readonly records: CentralRecord[] = []
  private readonly maxBytes: number
  private readonly dosTime: number
  private readonly dosDate: number

  private constructor(
    private readonly fh: FileHandle,
    readonly partPath: string,
    private readonly opts: ZipWriterOptions,
  ) {
    this.maxBytes = Math.min(opts.maxBytes ?? ZIP_MAX_BYTES, ZIP_MAX_BYTES)
    const d = opts.modified ?? new Date(Date.UTC(2020, 0, 1))
    this.dosTime = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2)
    this.dosDate = ((Math.max(1980, d.getUTCFullYear()) - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate()
  }

  /** Starts `<target>.part` (refusing to overwrite one that exists). */
  static async create(target: string, opts: ZipWriterOptions = {}): Promise<ZipWriter> {
    const partPath = `${target}.part`
    const fh = await open(partPath, 'wx')
    return new ZipWriter(fh, partPath, opts)
  }

  /** Adds an entry whose bytes come from a file on disk (streamed) or from memory. */
  async add(name: string, source: { path: string } | { bytes: Uint8Array }, expectedSize?: number): Promise<WrittenEntry> {
    if (this.records.length >= MAX_ENTRIES) throw new WorkbenchError('PACKAGE_REFUSED', PKG_MSG.tooManyEntries(MAX_ENTRIES))
    const nameBytes = Buffer.from(name, 'utf8')
    const headerAt = this.offset
    if (expectedSize !== undefined) this.checkRoom(30 + nameBytes.length + expectedSize)
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4) // version needed
    header.writeUInt16LE(0x0800, 6) // UTF-8 names
    header.writeUInt16LE(0, 8) // stored
    header.writeUInt16LE(this.dosTime, 10)
    header.writeUInt16LE(this.dosDate, 12)
    header.writeUInt16LE(nameBytes.length, 26)
    await this.write(Buffer.concat([header, nameBytes]))
    const hash = createHash('sha256')
    let crc = 0
    let size = 0
    const chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array> =
      'path' in source ? createReadStream(source.path, { highWaterMark: CHUNK }) : chunksOf(source.bytes)
    for await (const raw of chunks) {
      this.checkCancelled()
      const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)
      size += chunk.length
      this.checkRoom(chunk.length)
      hash.update(chunk)
      crc = crc32(chunk, crc)
      await this.write(chunk)
    }
    if (expectedSize !== undefined && size !== expectedSize) {
      throw new WorkbenchError('PACKAGE_REFUSED', PKG_MSG.sourceChanged(name))
    }
    const patch = Buffer.alloc(12)
    patch.writeUInt32LE(crc >>> 0, 0)
    patch.writeUInt32LE(size, 4)
    patch.writeUInt32LE(size, 8)
    await this.fh.write(patch, 0, 12, headerAt + 14)
    this.records.push({ name: nameBytes, crc: crc >>> 0, size, offset: headerAt })
    return { name, size, sha256: hash.digest('hex') }
  }

  /** Writes the central directory, syncs and closes; the `.part` file is complete (not yet renamed). */
  async finish(): Promise<number> {
    const cdStart = this.offset
    for (const r of this.records) {
      const h = Buffer.alloc(46)
      h.writeUInt32LE(0x02014b50, 0)
      h.writeUInt16LE((3 << 8) | 20, 4) // made by Unix, so the mode below is read
      h.writeUInt16LE(20, 6)
      h.writeUInt16LE(0x0800, 8)
      h.writeUInt16LE(0, 10)
      h.writeUInt16LE(this.dosTime, 12)
      h.writeUInt16LE(this.dosDate, 14)
      h.writeUInt32LE(r.crc, 16)
      h.writeUInt32LE(r.size, 20)
      h.writeUInt32LE(r.size, 24)
      h.writeUInt16LE(r.name.length, 28)
      h.writeUInt32LE((0o100644 << 16) >>> 0, 38) // a regular file, rw-r--r--
      h.writeUInt32LE(r.offset, 42)
      this.checkRoom(46 + r.name.length + 22)
      await this.write(Buffer.concat([h, r.name]))
    }
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50, 0)
    end.writeUInt16LE(this.records.length, 8)
    end.writeUInt16LE(this.records.length, 10)
    end.writeUInt32LE(this.offset - cdStart, 12)
    end.writeUInt32LE(cdStart, 16)
    await this.write(end)
    await this.fh.sync()
    await this.fh.close()
    return this.offset
  }

  /** Closes and deletes the `.part` file (cancel, refusal, error). */
  async abort(): Promise<void> {
    await this.fh.close().catch(() => undefined)
    await rm(this.partPath, { force: true })
  }

  get bytesWritten(): number {
    return this.offset
  }

  private checkRoom(more: number): void {
    if (this.offset + more > this.maxBytes) throw new WorkbenchError('PACKAGE_REFUSED', PKG_MSG.tooLarge(this.maxBytes), { details: { reason: 'PACKAGE_TOO_LARGE' } })
  }

  private checkCancelled(): void {
    if (this.opts.signal?.aborted) throw new WorkbenchError('PACKAGE_REFUSED', PKG_MSG.cancelled, { details: { reason: 'CANCELLED' } })
  }

  private async write(buf: Buffer): Promise<void> {
    let done = 0
    while (done < buf.length) {
      const { bytesWritten } = await this.fh.write(buf, done, buf.length - done, this.offset + done)
      done += bytesWritten
    }
    this.offset += buf.length
    this.opts.onBytes?.(this.offset)
  }
}

function* chunksOf(bytes: Uint8Array): Iterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK)
}
