import { intakeError, refuseFile } from '../intakeError'
import { MSG } from '../messages'
import { wrongKindMessage, wrongKindReason } from '../files/describe'
import { readRegularFile } from '../files/openRegular'
import { sniffKind } from '../files/sniff'
import { checkXlsxPackage, XlsxPackageError } from '../files/xlsxPackage'
import { xlsxPackageRefusal } from '../files/xlsxRefusal'
import { detectDelimiter, parseCsv } from './csv'
import { decodeCsvBytes } from './sniffFormat'
import { assemble, type HeaderOption } from './assemble'
import { DEFAULT_ROSTER_LIMITS, type RosterLimits, type RosterReadResult } from './types'
import { readXlsxRows } from './xlsxRows'

/**
 * Reads a table file (申报汇总表, and the expert pool's table) from a path into headers and rows:
 * the file is opened and checked to be a regular file within maxFileBytes before a byte is read
 * (/dev/zero, a FIFO, a folder are refused at once; files/openRegular.ts), read with the cap
 * enforced while reading, then parsed by readRosterTable().
 */
export async function readTableFile(path: string, fileName: string, limits: Partial<RosterLimits> = {}, header: HeaderOption = {}): Promise<RosterReadResult> {
  const L: RosterLimits = { ...DEFAULT_ROSTER_LIMITS, ...limits }
  const tooLarge = () => intakeError('ROSTER_TOO_LARGE', MSG.rosterTooLarge(fileName, L.maxFileBytes), { file: fileName })
  const bytes = await readRegularFile(path, fileName, L.maxFileBytes, tooLarge)
  return readRosterTable(bytes, fileName, L, header)
}

/**
 * Reads a roster (申报汇总表) from .xlsx or CSV bytes into headers and rows of text
 * (docs/design/hostile-inputs.md, "Spreadsheets" and cases "xlsx").
 *
 * The format is sniffed from content by the one sniffer table (files/sniff.ts): a zip is read as
 * .xlsx, text as CSV; anything else — a PDF renamed .xlsx, an old .xls, an encrypted Office file —
 * is refused with the sentence every door uses for it (files/describe.ts). Whole-file refusals are
 * thrown as WorkbenchError INVALID_INPUT whose details are a FileRefusal: file over maxFileBytes,
 * wrong kind, bad encoding, a corrupt or unsafe package (files/xlsxPackage.ts), no sheet, no header,
 * more than maxRows data rows (reading stops there).
 * Cell problems — formulas, error values, cells over maxCellChars, cells beyond maxColumns or under
 * no header, duplicate headers, an unclosed CSV quote — are collected with row and column (up to
 * maxProblems) and returned as `{ ok: false, problems }`.
 *
 * The header row is detected among the first rows, or picked by the user (assemble.ts, headerRow.ts).
 */
export async function readRosterTable(bytes: Uint8Array, fileName: string, limits: Partial<RosterLimits> = {}, header: HeaderOption = {}): Promise<RosterReadResult> {
  const L: RosterLimits = { ...DEFAULT_ROSTER_LIMITS, ...limits }
  if (bytes.byteLength > L.maxFileBytes) throw intakeError('ROSTER_TOO_LARGE', MSG.rosterTooLarge(fileName, L.maxFileBytes))
  const kind = sniffKind(bytes, fileName)
  if (kind === 'zip' || kind === 'xlsx') {
    let ordered: Buffer
    try {
      ordered = await checkXlsxPackage(bytes, { maxParts: XLSX_MAX_PARTS, maxUnzippedBytes: L.maxUnzippedBytes })
    } catch (e) {
      if (e instanceof XlsxPackageError) throw refuseFile(xlsxPackageRefusal(e.problem, fileName, { maxParts: XLSX_MAX_PARTS, maxUnzippedBytes: L.maxUnzippedBytes }))
      throw e
    }
    return assemble(readXlsxRows(ordered, fileName), fileName, L, { format: 'xlsx' }, header)
  }
  if (kind === 'empty') throw intakeError('ROSTER_NO_HEADER', MSG.rosterNoHeader(fileName), { file: fileName })
  if (kind !== 'text') {
    throw refuseFile({ reason: wrongKindReason(kind), file: fileName, message: wrongKindMessage(kind, fileName, '表格文件（.xlsx 或 CSV）', bytes) }, { kind })
  }
  const { text, encoding } = decodeCsvBytes(bytes, fileName)
  return assemble(parseCsv(text, detectDelimiter(text)), fileName, L, { format: 'csv', encoding }, header)
}

const XLSX_MAX_PARTS = 1_000

