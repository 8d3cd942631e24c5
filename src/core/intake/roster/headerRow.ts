import { suggestMapping } from './suggestMapping'
import type { RawRow } from './types'

/** How many non-empty rows at the top of a sheet may hold the header (title rows, notes, a blank line). */
export const HEADER_SCAN_ROWS = 10

export interface HeaderChoice {
  /** the spreadsheet row (or CSV record) number */
  row: number
  /** its first few non-empty cell texts, to show the user */
  preview: string[]
}

const clean = (s: string) => s.normalize('NFC').trim()

/**
 * How much a row looks like the header of a 申报汇总表: the number of roster fields its cells name
 * (学校名称, 专业, 协作组, 申报人 … as suggestMapping() knows them) counts most, then its number of
 * non-empty text cells that are not numbers. A title row above the header ("2025年专业建设诊断申报
 * 汇总表", one merged cell) scores 1 field at most and 1 cell; the header scores 3 or 4 fields.
 */
export function headerScore(r: RawRow): number {
  const texts = r.cells.filter((c) => c.text !== undefined && clean(c.text) !== '').map((c) => clean(c.text!))
  const known = Object.keys(suggestMapping(texts)).length
  const words = texts.filter((t) => !/^[\d.,\-/:\s]+$/.test(t)).length
  return known * 1000 + words
}

/**
 * The header row among the first HEADER_SCAN_ROWS non-empty rows (issue 9 item 8: a title row
 * above the header made every data cell "该列没有表头"): the best headerScore(), the earliest on a
 * tie, so a plain table keeps its first row. `remembered` (the row the user chose for this campaign
 * before) wins when it scores as well as the best.
 */
export function detectHeaderRow(candidates: readonly RawRow[], remembered?: number): number {
  let best = candidates[0]!
  let bestScore = headerScore(best)
  for (const c of candidates.slice(1)) {
    const s = headerScore(c)
    if (s > bestScore) {
      best = c
      bestScore = s
    }
  }
  const again = remembered === undefined ? undefined : candidates.find((c) => c.row === remembered)
  if (again && headerScore(again) >= bestScore) return again.row
  return best.row
}

export function headerChoices(candidates: readonly RawRow[]): HeaderChoice[] {
  return candidates.map((c) => ({
    row: c.row,
    preview: c.cells
      .filter((x) => x.text !== undefined && clean(x.text) !== '')
      .slice(0, 6)
      .map((x) => clean(x.text!).slice(0, 30)),
  }))
}
