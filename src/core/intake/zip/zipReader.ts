import yauzl from 'yauzl'
import type { Entry, ZipFile } from 'yauzl'
import type { Readable } from 'node:stream'
import { crc32 } from 'node:zlib'

/**
 * A promise-shaped wrapper around yauzl ≥ 3.2.1, opened the way docs/design/hostile-inputs.md asks:
 * `lazyEntries` (one central-directory record at a time, nothing inflated until asked),
 * `validateEntrySizes` (a stream that inflates to more or fewer bytes than its header declared
 * errors as soon as it does), `decodeStrings` (CP437/UTF-8 names, Info-ZIP Unicode path field) and
 * `strictFileNames: false` (backslashes from .NET zips become '/'; yauzl still refuses `..`,
 * absolute and drive-letter names, and our own checks in entryRules.ts run on top).
 * `autoClose: false` so entries read in a first pass can be opened in a second.
 */
export const ZIP_OPTIONS = {
  lazyEntries: true,
  validateEntrySizes: true,
  decodeStrings: true,
  strictFileNames: false,
  autoClose: false,
} as const

/** Members of yauzl 3 that @types/yauzl 2.10 does not declare. */
interface ZipFile3 extends ZipFile {
  readLocalFileHeader(entry: Entry, options: { minimal: true }, cb: (err: Error | null, header: { fileDataStart: number }) => void): void
}
export interface ZipEntry extends Entry {
  canDecodeFileData(): boolean
}

export class ZipReader {
  /** Offset of the central directory: where the last entry's data must end (no hidden data). */
  readonly centralDirectoryOffset: number
  private firstError: Error | undefined

  private constructor(private readonly zip: ZipFile3) {
    // readEntryCursor starts at the central directory offset (typed as boolean by @types/yauzl)
    this.centralDirectoryOffset = (zip as unknown as { readEntryCursor: number }).readEntryCursor
    // A permanent listener: an 'error' event nobody listens to would crash the process.
    zip.on('error', (e: Error) => {
      this.firstError ??= e
    })
  }

  /** Opens a zip file by path or from bytes; rejects when there is no valid end-of-central-directory record. */
  static open(source: string | Buffer): Promise<ZipReader> {
    return new Promise((resolve, reject) => {
      const cb = (err: Error | null, zip: ZipFile) => (err ? reject(err) : resolve(new ZipReader(zip as ZipFile3)))
      if (typeof source === 'string') yauzl.open(source, ZIP_OPTIONS, cb)
      else yauzl.fromBuffer(source, ZIP_OPTIONS, cb)
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

  /**
   * Streams an entry's inflated bytes. yauzl checks the byte count against the declared size
   * (validateEntrySizes) and this checks the CRC-32 against the central directory's at the end, so
   * corrupted data that still inflates is caught too.
   *
   * yauzl's transforms run as soon as the file is read, before anyone iterates: a lying entry can
   * fail while the consumer is still opening its temp file, and an 'error' nobody listens to would
   * crash the process. So an error listener is attached at once and an early error is rethrown when
   * iteration starts. `destroy()` releases the stream if the consumer gives up before iterating.
   */
  async entryStream(entry: ZipEntry): Promise<AsyncIterable<Buffer> & { destroy(): void }> {
    const stream: Readable = await new Promise((resolve, reject) => {
      this.zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s)))
    })
    let early: unknown
    stream.on('error', (e: unknown) => {
      early ??= e
    })
    const expectedCrc = entry.crc32 >>> 0
    async function* chunks(): AsyncGenerator<Buffer> {
      try {
        if (early !== undefined) throw early
        let crc = 0
        for await (const chunk of stream) {
          crc = crc32(chunk as Buffer, crc)
          yield chunk as Buffer
        }
        if (crc >>> 0 !== expectedCrc) throw new Error('crc32 mismatch')
      } finally {
        stream.destroy()
      }
    }
    return { [Symbol.asyncIterator]: chunks, destroy: () => stream.destroy() }
  }

  /** Where an entry's compressed data starts (reads its 30-byte local header only). */
  dataStart(entry: ZipEntry): Promise<number> {
    return new Promise((resolve, reject) => {
      this.zip.readLocalFileHeader(entry, { minimal: true }, (err, h) => (err ? reject(err) : resolve(h.fileDataStart)))
    })
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
 * validateEntrySizes emits "too many/not enough bytes in the stream" or, for stored entries,
 * "compressed/uncompressed size mismatch".
 */
export function classifyZipError(e: unknown): ZipErrorKind {
  const m = e instanceof Error ? e.message : String(e)
  if (/^(absolute path|invalid relative path|invalid characters in fileName)/.test(m)) return 'unsafePath'
  if (/bytes in the stream|size mismatch/.test(m)) return 'sizeMismatch'
  // 'crc32 mismatch' (entryStream), zlib errors, bad signatures, unexpected EOF
  return 'corrupt'
}

/** The entry name yauzl refused, when the error is a name refusal (for the message). */
export function unsafeNameFromError(e: unknown): string | undefined {
  const m = e instanceof Error ? /^[^:]+: (.*)$/s.exec(e.message) : null
  return m?.[1]
}
