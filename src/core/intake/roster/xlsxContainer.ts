import { intakeError } from '../intakeError'
import { MSG } from '../messages'
import { isEncryptedEntry, isSupportedMethod, isUnsafeArchivePath } from '../zip/entryRules'
import { classifyZipError, ZipReader, type ZipEntry } from '../zip/zipReader'
import type { RosterLimits } from './types'

const MAX_PARTS = 1_000
/** A data descriptor after an entry's data is at most 24 bytes (signature, CRC, two 64-bit sizes). */
const MAX_DESCRIPTOR = 24

/**
 * Checks an .xlsx package with yauzl before exceljs sees it. exceljs' streaming reader unzips with
 * `unzipper`, which reads local headers front to back and has no caps of its own, so a bomb inside a
 * workbook would inflate unchecked (docs/design/hostile-inputs.md: caps "checked before inflating"). Here:
 * - part count, names (zip-slip), encryption and compression method from the central directory;
 * - declared uncompressed total ≤ maxUnzippedBytes;
 * - every entry's data lies back to back from offset 0 to the central directory, so there are no
 *   local entries the directory does not list (which a front-to-back reader would still inflate);
 * - each part is inflated once, discarding the output, with yauzl's validateEntrySizes, so no part
 *   holds more than it declares. This costs one extra inflate of a ≤ 20 MB file.
 * Throws ROSTER_XLSX_CORRUPT / ROSTER_XLSX_UNSAFE refusals naming the file.
 */
export async function checkXlsxContainer(bytes: Uint8Array, fileName: string, limits: RosterLimits): Promise<void> {
  const unsafe = (why: string) => intakeError('ROSTER_XLSX_UNSAFE', MSG.rosterXlsxUnsafe(fileName, why))
  const corrupt = (e: unknown) => intakeError('ROSTER_XLSX_CORRUPT', MSG.rosterXlsxCorrupt(fileName), { cause: String(e) })
  let reader: ZipReader
  try {
    reader = await ZipReader.open(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  } catch (e) {
    throw corrupt(e)
  }
  try {
    if (reader.entryCount > MAX_PARTS) throw unsafe(MSG.xlsxWhy.tooManyParts(reader.entryCount))
    const entries: ZipEntry[] = []
    let total = 0
    for (;;) {
      let e: ZipEntry | null
      try {
        e = await reader.nextEntry()
      } catch (err) {
        throw classifyZipError(err) === 'unsafePath' ? unsafe(MSG.xlsxWhy.unsafeName) : corrupt(err)
      }
      if (!e) break
      if (isUnsafeArchivePath(e.fileName)) throw unsafe(MSG.xlsxWhy.unsafeName)
      if (isEncryptedEntry(e)) throw unsafe(MSG.xlsxWhy.encrypted)
      if (!isSupportedMethod(e)) throw corrupt(`method ${e.compressionMethod}`)
      total += e.uncompressedSize
      if (total > limits.maxUnzippedBytes) throw unsafe(MSG.xlsxWhy.tooLarge(limits.maxUnzippedBytes))
      entries.push(e)
    }
    await checkContiguous(reader, entries, unsafe, corrupt)
    for (const e of entries) {
      try {
        const stream = await reader.entryStream(e)
        for await (const _chunk of stream) {
          // discard: only the byte count matters, checked by yauzl as the data passes
        }
      } catch (err) {
        throw classifyZipError(err) === 'sizeMismatch' ? unsafe(MSG.xlsxWhy.sizeMismatch) : corrupt(err)
      }
    }
  } finally {
    reader.close()
  }
}

async function checkContiguous(reader: ZipReader, entries: ZipEntry[], unsafe: (why: string) => Error, corrupt: (e: unknown) => Error): Promise<void> {
  const spans: Array<{ start: number; end: number }> = []
  for (const e of entries) {
    let dataStart: number
    try {
      dataStart = await reader.dataStart(e)
    } catch (err) {
      throw corrupt(err)
    }
    spans.push({ start: e.relativeOffsetOfLocalHeader, end: dataStart + e.compressedSize })
  }
  spans.sort((a, b) => a.start - b.start)
  let cursor = 0
  for (const s of spans) {
    const gap = s.start - cursor
    if (gap < 0 || gap > (cursor === 0 ? 0 : MAX_DESCRIPTOR)) throw unsafe(MSG.xlsxWhy.hiddenData)
    cursor = s.end
  }
  const tail = reader.centralDirectoryOffset - cursor
  if (tail < 0 || tail > MAX_DESCRIPTOR) throw unsafe(MSG.xlsxWhy.hiddenData)
}
