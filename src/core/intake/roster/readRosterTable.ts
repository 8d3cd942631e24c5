import { intakeError } from '../intakeError'
import { MSG } from '../messages'
import { detectDelimiter, parseCsv } from './csv'
import { decodeCsvBytes, sniffRosterFormat } from './sniffFormat'
import { columnLetter, DEFAULT_ROSTER_LIMITS, type RawRow, type RosterLimits, type RosterProblem, type RosterReadResult, type RosterRow, type RosterTable } from './types'
import { checkXlsxContainer } from './xlsxContainer'
import { readXlsxRows } from './xlsxRows'

/**
 * Reads a roster (申报汇总表) from .xlsx or CSV bytes into headers and rows of text
 * (docs/design/hostile-inputs.md, "Spreadsheets" and cases "xlsx").
 *
 * The format is sniffed from content (sniffFormat.ts). Whole-file refusals are thrown as
 * WorkbenchError INVALID_INPUT with details.reason: file over maxFileBytes, old .xls, bad encoding,
 * a corrupt or unsafe package, no sheet, no header, more than maxRows data rows (reading stops there).
 * Cell problems — formulas, error values, cells over maxCellChars, cells beyond maxColumns or under
 * no header, duplicate headers, an unclosed CSV quote — are collected with row and column (up to
 * maxProblems) and returned as `{ ok: false, problems }`.
 *
 * The header row is the first non-empty row; headers and values are NFC and trimmed; blank rows are
 * skipped. Each row's `cells` has a null prototype, so "__proto__" or "constructor" as a header is
 * just a key (docs/design/hostile-inputs.md: "`__proto__` sheet and header names").
 */
export async function readRosterTable(bytes: Uint8Array, fileName: string, limits: Partial<RosterLimits> = {}): Promise<RosterReadResult> {
  const L: RosterLimits = { ...DEFAULT_ROSTER_LIMITS, ...limits }
  if (bytes.byteLength > L.maxFileBytes) throw intakeError('ROSTER_TOO_LARGE', MSG.rosterTooLarge(fileName, L.maxFileBytes))
  if (sniffRosterFormat(bytes, fileName) === 'xlsx') {
    await checkXlsxContainer(bytes, fileName, L)
    return assemble(readXlsxRows(bytes, fileName), fileName, L, { format: 'xlsx' })
  }
  const { text, encoding } = decodeCsvBytes(bytes, fileName)
  return assemble(parseCsv(text, detectDelimiter(text)), fileName, L, { format: 'csv', encoding })
}

const clean = (s: string) => s.normalize('NFC').trim()

async function assemble(
  rows: AsyncIterable<RawRow> | Iterable<RawRow>,
  fileName: string,
  L: RosterLimits,
  kind: Pick<RosterTable, 'format' | 'encoding'>,
): Promise<RosterReadResult> {
  const problems: RosterProblem[] = []
  let dropped = 0
  const add = (row: number, column: string, message: string) => {
    if (problems.length < L.maxProblems) problems.push({ row, column, message })
    else dropped++
  }
  const headerByCol = new Map<number, string>()
  let headerRow = 0
  const out: RosterRow[] = []
  for await (const raw of rows) {
    const cells = raw.cells.filter((c) => c.problem !== undefined || c.text.trim() !== '')
    if (cells.length === 0) continue
    if (headerRow === 0) {
      headerRow = raw.row
      const seen = new Set<string>()
      for (const c of cells) {
        const letter = columnLetter(c.col)
        if (c.col > L.maxColumns) add(raw.row, letter, MSG.cell.tooManyColumns(L.maxColumns))
        else if (c.problem !== undefined) add(raw.row, letter, c.problem)
        else {
          const h = clean(c.text).replace(/\s+/g, ' ')
          if (h.length > L.maxCellChars) add(raw.row, letter, MSG.cell.tooLong(L.maxCellChars))
          else if (seen.has(h)) add(raw.row, letter, MSG.cell.duplicateHeader(h))
          else {
            seen.add(h)
            headerByCol.set(c.col, h)
          }
        }
      }
      continue
    }
    if (out.length >= L.maxRows) throw intakeError('ROSTER_TOO_MANY_ROWS', MSG.rosterTooManyRows(fileName, L.maxRows), { maxRows: L.maxRows })
    const record = Object.create(null) as Record<string, string>
    for (const h of headerByCol.values()) record[h] = ''
    for (const c of cells) {
      const header = headerByCol.get(c.col)
      const column = header ?? columnLetter(c.col)
      if (c.problem !== undefined) add(raw.row, column, c.problem)
      else if (c.col > L.maxColumns) add(raw.row, column, MSG.cell.tooManyColumns(L.maxColumns))
      else if (header === undefined) add(raw.row, column, MSG.cell.noHeader)
      else {
        const text = clean(c.text)
        if (text.length > L.maxCellChars) add(raw.row, column, MSG.cell.tooLong(L.maxCellChars))
        else record[header] = text
      }
    }
    out.push({ row: raw.row, cells: record })
  }
  if (headerRow === 0) throw intakeError('ROSTER_NO_HEADER', MSG.rosterNoHeader(fileName))
  if (problems.length > 0) {
    if (dropped > 0) problems.push({ row: 0, column: '', message: MSG.cell.tooManyProblems(L.maxProblems) })
    return { ok: false, problems }
  }
  const headers = [...headerByCol.entries()].sort((a, b) => a[0] - b[0]).map(([, h]) => h)
  return { ok: true, table: { headers, rows: out, headerRow, ...kind } }
}
