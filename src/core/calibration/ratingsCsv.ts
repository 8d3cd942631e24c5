import { WorkbenchError, type ErrorIssue } from '../domain/errors'
import type { Rating } from './matrix'

export interface RatingsTable {
  raters: string[]
  /** rows are subjects, columns raters; null where the cell is empty (or NA) */
  matrix: Rating[][]
}

/** Limits so a hostile file cannot make the statistics run for hours (docs/design/hostile-inputs.md). */
export const RATINGS_CSV_LIMITS = { rows: 100_000, raters: 500 } as const

/**
 * Parses a ratings CSV: first row the raters' names, then one row per subject, one column per rater;
 * an empty cell (or NA) is a missing rating. Comma-separated, RFC 4180 quotes, CRLF or LF, a UTF-8
 * BOM is skipped. Every cell that is not a finite number is reported with its row and column
 * (INVALID_INPUT, `第 r 行第 c 列`), and nothing is computed from a file with problems.
 */
export function parseRatingsCsv(text: string): RatingsTable {
  const records = splitCsv(text.replace(/^\uFEFF/, '')).filter((r) => r.some((c) => c.trim() !== ''))
  if (records.length === 0) throw new WorkbenchError('INVALID_INPUT', '评分表是空的：第一行应为专家姓名，其后每行一个评审对象。')
  const raters = records[0]!.map((c) => c.trim())
  if (raters.length > RATINGS_CSV_LIMITS.raters) throw new WorkbenchError('INVALID_INPUT', `评分表有 ${raters.length} 列，最多 ${RATINGS_CSV_LIMITS.raters} 列。`)
  if (records.length - 1 > RATINGS_CSV_LIMITS.rows) throw new WorkbenchError('INVALID_INPUT', `评分表有 ${records.length - 1} 行，最多 ${RATINGS_CSV_LIMITS.rows} 行。`)
  const issues: ErrorIssue[] = []
  raters.forEach((r, j) => {
    if (r === '') issues.push({ path: `第 1 行第 ${j + 1} 列`, message: '专家姓名为空' })
  })
  const matrix = records.slice(1).map((rec, i) => {
    if (rec.length > raters.length) issues.push({ path: `第 ${i + 2} 行`, message: `有 ${rec.length} 列，比第一行的专家数（${raters.length}）多` })
    return raters.map((_, j): Rating => {
      const cell = (rec[j] ?? '').trim()
      if (cell === '' || cell.toUpperCase() === 'NA') return null
      const v = Number(cell)
      if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell) || !Number.isFinite(v)) {
        issues.push({ path: `第 ${i + 2} 行第 ${j + 1} 列`, message: `“${cell.slice(0, 20)}”不是数字` })
        return null
      }
      return v
    })
  })
  if (issues.length) throw new WorkbenchError('INVALID_INPUT', `评分表有 ${issues.length} 处问题，未计算任何统计量。`, { issues })
  return { raters, matrix }
}

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
function splitCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
