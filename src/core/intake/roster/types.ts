import type { HeaderChoice } from './headerRow'

/** Caps of a roster read (docs/design/hostile-inputs.md, "Spreadsheets: streaming reader with caps (rows, columns, cell length, sheets)"). */
export interface RosterLimits {
  /** data rows after the header (non-empty rows only) */
  maxRows: number
  maxColumns: number
  /** characters per cell */
  maxCellChars: number
  /** size of the file as given */
  maxFileBytes: number
  /** xlsx only: all parts of the package together, uncompressed */
  maxUnzippedBytes: number
  /** problems collected before the list is cut short */
  maxProblems: number
}

export const DEFAULT_ROSTER_LIMITS: RosterLimits = {
  maxRows: 5_000,
  maxColumns: 50,
  maxCellChars: 2_000,
  maxFileBytes: 20 * 1024 * 1024,
  maxUnzippedBytes: 100 * 1024 * 1024,
  maxProblems: 200,
}

/** A data row: `cells` has a null prototype, so a header such as "__proto__" is an ordinary key. */
export interface RosterRow {
  /** 1-based row number as the user sees it (the spreadsheet row, or the CSV record) */
  row: number
  cells: Record<string, string>
}

export interface RosterTable {
  headers: string[]
  rows: RosterRow[]
  /** the row the headers were read from (detected, or the user's pick) */
  headerRow: number
  /** the first non-empty rows, any of which the user may pick as the header */
  headerChoices: HeaderChoice[]
  format: 'xlsx' | 'csv'
  /** CSV only: how the text was decoded */
  encoding?: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'
}

/** A problem in a cell: the row number and column (header name when known, else the letter, e.g. "C"). */
export interface RosterProblem {
  row: number
  column: string
  message: string
}

/** A table, or the cell problems that stop it (a whole-file refusal is thrown as a WorkbenchError). */
export type RosterReadResult =
  | { ok: true; table: RosterTable }
  | { ok: false; problems: RosterProblem[]; headerRow: number; headerChoices: HeaderChoice[] }

/** One cell as a reader produced it: its text, or why it could not be read. */
export type RawCell = { col: number; text: string; problem?: undefined } | { col: number; text?: undefined; problem: string }

/** One row as a reader produced it; empty cells may be left out. */
export interface RawRow {
  row: number
  cells: RawCell[]
}

/** "A", "Z", "AA", … "XFD" for a 1-based column number. */
export function columnLetter(col: number): string {
  let s = ''
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}
