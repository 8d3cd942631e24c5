import yauzl from 'yauzl'
import type { Entry, ZipFile } from 'yauzl'
import type { FileHandle } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { crc32, createInflateRaw } from 'node:zlib'

/**
 * A promise-shaped wrapper around yauzl ≥ 3.2.1 for the central directory, opened the way
 * docs/design/hostile-inputs.md asks: `lazyEntries` (one central-directory record at a time, nothing inflated
 * until asked), `validateEntrySizes`, `decodeStrings` (CP437/UTF-8 names, Info-ZIP Unicode path
 * field) and `strictFileNames: false` (backslashes from .NET zips become '/'; yauzl still refuses
 * `..`, absolute and drive-letter names, and entryRules.ts checks on top). `autoClose: false` so
 * entries listed in a first pass can be read in a second.
 *
 * Entry data is read here, not through yauzl's openReadStream: that reads 16 KB at a time (Node 20's
 * default highWaterMark), which made a zip import 2.8× slower than sha256sum over the same files.
 * entryData() reads the range zipGuard.ts checked in 1 MB chunks, inflates, counts and CRCs it.
 */
export const ZIP_OPTIONS = {
  lazyEntries: true,
  validateEntrySizes: true,
  decodeStrings: true,
  strictFileNames: false,
  autoClose: false,
} as const

const READ_CHUNK = 1024 * 1024

/** Members of yauzl 3 that @types/yauzl 2.10 does not declare. */
interface ZipFile3 extends ZipFile {
  readLocalFileHeader(entry: Entry, options: { minimal: true }, cb: (err: Error | null, header: { fileDataStart: number }) => void): void
}
export interface ZipEntry extends Entry {
  canDecodeFileData(): boolean
}

/** Where a zip's bytes are: an opened regular file (openRegular.ts) or memory. */
export type ZipSource = FileHandle | Buffer

/**
 * [start, end) of a file by positional reads on the caller's handle. Not fs.createReadStream({ fd }):
 * destroying such a stream closes the descriptor even with autoClose: false, and yauzl destroys the
 * streams it is done with.
 */
async function* readRange(fh: FileHandle, start: number, end: number, chunk: number): AsyncGenerator<Buffer> {
  for (let pos = start; pos < end; ) {
    const want = Math.min(chunk, end - pos)
    const buf = Buffer.allocUnsafe(want)
    const { bytesRead } = await fh.read(buf, 0, want, pos)
    if (bytesRead === 0) throw new Error('unexpected EOF')
    pos += bytesRead
    yield bytesRead === want ? buf : buf.subarray(0, bytesRead)
  }
}

/**
 * yauzl reading through the caller's FileHandle: yauzl.fromFd would close the descriptor itself on
 * close() (its FdSlicer always does), and the handle is the caller's, checked by openRegular.ts.
 */
class HandleReader extends yauzl.RandomAccessReader {
  constructor(private readonly fh: FileHandle) {
    super()
  }
  override _readStreamForRange(start: number, end: number): Readable {
    return Readable.from(readRange(this.fh, start, end, 64 * 1024))
  }
  override close(callback: (err: Error | null) => void): void {
    setImmediate(() => callback(null))
  }
}

/** Errors of entry data, worded like yauzl's so classifyZipError() reads both. */
const sizeMismatch = (what: string) => new Error(`${what} bytes in the stream`)

export class ZipReader {
  /** Offset of the central directory: where every entry's data must end. */
  readonly centralDirectoryOffset: number
  private firstError: Error | undefined

  private constructor(
    private readonly zip: ZipFile3,
    private readonly source: ZipSource,
  ) {
    // readEntryCursor starts at the central directory offset (typed as boolean by @types/yauzl)
    this.centralDirectoryOffset = (zip as unknown as { readEntryCursor: number }).readEntryCursor
    // A permanent listener: an 'error' event nobody listens to would crash the process.
    zip.on('error', (e: Error) => {
      this.firstError ??= e
    })
  }

  /**
   * Reads the end-of-central-directory record of an opened file or of bytes; rejects when there is
   * none. A FileHandle stays the caller's to close (after close()).
   */
  static async open(source: ZipSource): Promise<ZipReader> {
    const size = Buffer.isBuffer(source) ? source.length : (await source.stat()).size
    return new Promise((resolve, reject) => {
      const cb = (err: Error | null, zip: ZipFile) => (err ? reject(err) : resolve(new ZipReader(zip as ZipFile3, source)))
      if (Buffer.isBuffer(source)) yauzl.fromBuffer(source, ZIP_OPTIONS, cb)
      else yauzl.fromRandomAccessReader(new HandleReader(source), size, ZIP_OPTIONS, cb)
    })
  }

  /** The entry count the end-of-central-directory record declares (known before any entry is read). */
  get entryCount(): number {
    return this.zip.entryCount
  }

  get fileSize(): number {
    return this.zip.fileSize
  }

  /** The next central-directory record, or null at the end. Nothing is inflated. */
  nextEntry(): Promise<ZipEntry | null> {
    const zip = this.zip
    if (this.firstError) return Promise.reject(this.firstError)
    return new Promise((resolve, reject) => {
      const onEntry = (e: Entry) => done(() => resolve(e as ZipEntry))
      const onEnd = () => done(() => resolve(null))
      const onError = (e: Error) => done(() => reject(e))
      const done = (f: () => void) => {
        zip.off('entry', onEntry)
        zip.off('end', onEnd)
        zip.off('error', onError)
        f()
      }
      zip.on('entry', onEntry)
      zip.on('end', onEnd)
      zip.on('error', onError)
      zip.readEntry()
    })
  }

  /** Where an entry's compressed data starts (reads its 30-byte local header only). */
  dataStart(entry: ZipEntry): Promise<number> {
    return new Promise((resolve, reject) => {
      this.zip.readLocalFileHeader(entry, { minimal: true }, (err, h) => (err ? reject(err) : resolve(h.fileDataStart)))
    })
  }

  /** The raw (compressed) bytes of [start, end), in chunks of up to 1 MB. */
  private raw(start: number, end: number): Readable {
    if (Buffer.isBuffer(this.source)) return Readable.from([this.source.subarray(start, end)])
    return Readable.from(readRange(this.source, start, end, READ_CHUNK))
  }

  /**
   * An entry's inflated bytes, from the data range zipGuard checked (`dataStart` from dataStart()).
   * The byte count must equal the declared size (an entry that inflates to more is stopped within
   * one chunk of the declared size: a lying header) and the CRC-32 the central directory's, so
   * corrupted data that still inflates is caught too. Stopping the iteration releases the streams.
   */
  async *entryData(entry: ZipEntry, dataStart: number): AsyncGenerator<Buffer> {
    const raw = this.raw(dataStart, dataStart + entry.compressedSize)
    let out: Readable = raw
    if (entry.compressionMethod === 8) {
      const inflate = createInflateRaw({ chunkSize: 256 * 1024 })
      raw.on('error', (e) => inflate.destroy(e))
      out = raw.pipe(inflate)
    }
    const declared = entry.uncompressedSize
    const expectedCrc = entry.crc32 >>> 0
    let n = 0
    let crc = 0
    try {
      for await (const chunk of out as AsyncIterable<Buffer>) {
        n += chunk.length
        if (n > declared) throw sizeMismatch('too many')
        crc = crc32(chunk, crc)
        yield chunk
      }
      if (n < declared) throw sizeMismatch('not enough')
      if (crc >>> 0 !== expectedCrc) throw new Error('crc32 mismatch')
    } finally {
      out.destroy()
      raw.destroy()
    }
  }

  close(): void {
    this.zip.close()
  }
}

/** How a yauzl error reads: an unsafe name, a size that lied, or plain corruption. */
export type ZipErrorKind = 'unsafePath' | 'sizeMismatch' | 'corrupt'

/**
 * Classifies yauzl's (English) error messages. yauzl runs validateFileName() on every name when
 * decodeStrings is on and emits "absolute path", "invalid relative path" or "invalid characters";
 * a size check (yauzl's or entryData's) says "too many/not enough bytes in the stream" or
 * "compressed/uncompressed size mismatch".
 */
export function classifyZipError(e: unknown): ZipErrorKind {
  const m = e instanceof Error ? e.message : String(e)
  if (/^(absolute path|invalid relative path|invalid characters in fileName)/.test(m)) return 'unsafePath'
  if (/bytes in the stream|size mismatch/.test(m)) return 'sizeMismatch'
  // 'crc32 mismatch' (entryData), zlib errors, bad signatures, unexpected EOF
  return 'corrupt'
}

/** The entry name yauzl refused, when the error is a name refusal (for the message). */
export function unsafeNameFromError(e: unknown): string | undefined {
  const m = e instanceof Error ? /^[^:]+: (.*)$/s.exec(e.message) : null
  return m?.[1]
}
