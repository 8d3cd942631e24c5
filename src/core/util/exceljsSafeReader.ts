/**
 * exceljs's streaming WorkbookReader, opened on in-memory bytes, with whole characters (exceljs 4.4).
 *
 * exceljs's streaming reader decodes each inflated chunk (16 KB) of a package part on its own, so a
 * Chinese character split across two chunks becomes two U+FFFD (seen in the rubric importer:
 * "专��教学" from a 25 KB shared-string table; the roster importer lost school and program names the
 * same way). Its part parsers are given text instead: entries with a UTF-8 encoding set (Node's
 * decoder keeps a split character for the next chunk), worksheet chunks through a StringDecoder —
 * whether the sheet streams straight from the package or, when it came before the shared strings,
 * is read back from exceljs's temporary copy. Only this reader instance is touched.
 *
 * The bytes are not checked here: callers check the zip container first (exceljs's unzipper has no
 * caps of its own) and call `close()` when they stop early or fail.
 */
import { PassThrough, type Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import ExcelJS from 'exceljs'

export type SafeReaderOptions = Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>

export interface SafeWorkbookReader {
  reader: ExcelJS.stream.xlsx.WorkbookReader
  /** Destroys the input stream; safe to call more than once. */
  close(): void
}

/** The WorkbookReader methods that receive a part's byte stream (exceljs 4.4, lib/stream/xlsx/workbook-reader.js). */
interface ReaderParts {
  _parseRels(entry: Readable): unknown
  _parseWorkbook(entry: Readable): unknown
  _parseSharedStrings(entry: Readable): unknown
  _parseStyles(entry: Readable): unknown
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): unknown
}

async function* utf8(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8')
  for await (const c of chunks) {
    const s = typeof c === 'string' ? c : decoder.write(c as Buffer)
    if (s) yield s
  }
  const tail = decoder.end()
  if (tail) yield tail
}

/**
 * Makes a WorkbookReader decode whole characters (see the module comment). Throws when exceljs no
 * longer has the methods patched, so an upgrade fails loudly instead of corrupting text again.
 */
export function decodeWholeCharacters(reader: object): void {
  const r = reader as ReaderParts
  for (const m of ['_parseRels', '_parseWorkbook', '_parseSharedStrings', '_parseStyles'] as const) {
    const original = r[m]
    if (typeof original !== 'function') throw new Error(`exceljs WorkbookReader has no ${m}: check the exceljs version`)
    r[m] = (entry: Readable) => {
      entry.setEncoding('utf8')
      return original.call(r, entry)
    }
  }
  const worksheet = r._parseWorksheet
  if (typeof worksheet !== 'function') throw new Error('exceljs WorkbookReader has no _parseWorksheet: check the exceljs version')
  r._parseWorksheet = (iterator, sheetNo) => worksheet.call(r, utf8(iterator), sheetNo)
}

/** A streaming WorkbookReader over `bytes` that decodes whole characters. */
export function openSafeWorkbookReader(bytes: Uint8Array, options: SafeReaderOptions): SafeWorkbookReader {
  const input = new PassThrough()
  input.on('error', () => undefined) // a destroyed in-memory input has nothing to report
  input.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, options)
  decodeWholeCharacters(reader)
  return { reader, close: () => input.destroy() }
}
