import { intakeError } from '../intakeError'
import { MSG } from '../messages'
import { detectHeaderRow, headerChoices, HEADER_SCAN_ROWS } from './headerRow'
import { columnLetter, type RawRow, type RosterLimits, type RosterProblem, type RosterReadResult, type RosterRow, type RosterTable } from './types'

const clean = (s: string) => s.normalize('NFC').trim()

export interface HeaderOption {
  /** the row the user picked as header; must be one of the first HEADER_SCAN_ROWS non-empty rows */
  headerRow?: number
  /** the row picked for this campaign before: used when it looks as much like a header as the best */
  rememberedHeaderRow?: number
}

/**
 * Rows of text → headers and records, with cell problems by row and column.
 *
 * The header row is found among the first HEADER_SCAN_ROWS non-empty rows (headerRow.ts), or is the
 * row the user picked; rows above it (a title, a note) are left out. Headers and values are NFC
 * and trimmed; blank rows are skipped. Each record's `cells` has a null prototype, so "__proto__" or
 * "constructor" as a header is just a key (docs/design/hostile-inputs.md: "`__proto__` sheet and
 * header names"). Reading stops with a refusal at more than maxRows data rows.
 */
export async function assemble(
  rows: AsyncIterable<RawRow> | Iterable<RawRow>,
  fileName: string,
  L: RosterLimits,
  kind: Pick<RosterTable, 'format' | 'encoding'>,
  opt: HeaderOption = {},
): Promise<RosterReadResult> {
  const problems: RosterProblem[] = []
  let dropped = 0
  const add = (row: number, column: string, message: string) => {
    if (problems.length < L.maxProblems) problems.push({ row, column, message })
    else dropped++
  }
  const headerByCol = new Map<number, string>()
  const out: RosterRow[] = []
  const pending: RawRow[] = []
  let headerRow = 0

  const setHeader = (raw: RawRow) => {
    headerRow = raw.row
    const seen = new Set<string>()
    for (const c of raw.cells) {
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
  }
  const dataRow = (raw: RawRow) => {
    if (out.length >= L.maxRows) throw intakeError('ROSTER_TOO_MANY_ROWS', MSG.rosterTooManyRows(fileName, L.maxRows), { maxRows: L.maxRows })
    const record = Object.create(null) as Record<string, string>
    for (const h of headerByCol.values()) record[h] = ''
    for (const c of raw.cells) {
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
  const decide = () => {
    const row = opt.headerRow ?? detectHeaderRow(pending, opt.rememberedHeaderRow)
    const at = pending.findIndex((p) => p.row === row)
    if (at < 0) throw intakeError('ROSTER_NO_HEADER', MSG.rosterHeaderRowNotFound(fileName, row, HEADER_SCAN_ROWS), { file: fileName, row })
    setHeader(pending[at]!)
    for (const p of pending.slice(at + 1)) dataRow(p)
  }

  for await (const raw of rows) {
    const cells = raw.cells.filter((c) => c.problem !== undefined || c.text.trim() !== '')
    if (cells.length === 0) continue
    const r = { row: raw.row, cells }
    if (headerRow !== 0) dataRow(r)
    else {
      pending.push(r)
      if (pending.length === HEADER_SCAN_ROWS) decide()
    }
  }
  if (headerRow === 0) {
    if (pending.length === 0) throw intakeError('ROSTER_NO_HEADER', MSG.rosterNoHeader(fileName))
    decide()
  }
  const header = { headerRow, headerChoices: headerChoices(pending) }
  if (problems.length > 0) {
    if (dropped > 0) problems.push({ row: 0, column: '', message: MSG.cell.tooManyProblems(L.maxProblems) })
    return { ok: false, problems, ...header }
  }
  const headers = [...headerByCol.entries()].sort((a, b) => a[0] - b[0]).map(([, h]) => h)
  return { ok: true, table: { headers, rows: out, ...header, ...kind } }
}
