import type { ResultRow } from '../../../../core/api/outputs'

/**
 * The geometry of 结果与评定's virtual grid (ResultsGrid.tsx), pure so it can be tested without a DOM.
 *
 * Every row's height follows from its data and a fixed cell layout (results.css), never from
 * measuring the DOM: measuring each row as it scrolls into view (rc-virtual-list in antd's virtual
 * table) re-laid the table out frame after frame, and scrolling 1,000 rows ran at 350–500 ms a
 * frame (issue 14). Cells that could grow past the height clip (results.css `.rg-clip`).
 */
export const GRID = {
  /** one line of text in a cell, px (antd's small table: 14 px × 1.5714) */
  line: 22,
  /** a veto's tag: 22 px, 2 px apart (VetoCell) */
  vetoLine: 24,
  /** cell padding top + bottom, and the row's bottom border, px */
  padY: 16,
  border: 1,
  /** panel members per line of the 各专家评分 cell (a grid of four, results.css `.panel-scores`) */
  panelPerLine: 4,
  /** rows rendered above and below the ones in view, so a fast scroll rarely shows an empty band */
  overscan: 8,
} as const

/** What decides a row's height besides the row: whether the campaign shows the 一票否决 column. */
export interface RowShape {
  vetoes: boolean
}

/**
 * A row's height, px: the tallest of its cells — the submission (name over school: 2 lines), the
 * panel (4 members a line), the raised vetoes (one tag a line) — plus padding and the border.
 */
export function rowHeight(row: ResultRow, shape: RowShape): number {
  const lines = Math.max(2, Math.ceil(row.experts.length / GRID.panelPerLine))
  const vetoes = shape.vetoes ? row.vetoes.length * GRID.vetoLine - 2 : 0
  return Math.max(lines * GRID.line, vetoes) + GRID.padY + GRID.border
}

/** Where each row starts: offsets[i] is the top of row i, offsets[n] the height of all rows. */
export function offsetsOf(heights: readonly number[]): number[] {
  const out = new Array<number>(heights.length + 1)
  out[0] = 0
  for (let i = 0; i < heights.length; i++) out[i + 1] = out[i]! + heights[i]!
  return out
}

/** The first index i with offsets[i + 1] > y (the row that contains y), clamped to the rows. */
function rowAt(offsets: readonly number[], y: number): number {
  let lo = 0
  let hi = offsets.length - 2
  if (hi < 0) return 0
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (offsets[mid + 1]! > y) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** The rows to render, [start, end): those in the viewport (scrollTop … scrollTop + height) and `overscan` more on each side. */
export function visibleRange(offsets: readonly number[], scrollTop: number, height: number, overscan: number = GRID.overscan): { start: number; end: number } {
  const n = offsets.length - 1
  if (n <= 0) return { start: 0, end: 0 }
  const first = rowAt(offsets, Math.max(0, scrollTop))
  const last = rowAt(offsets, Math.max(0, scrollTop + height - 1))
  return { start: Math.max(0, first - overscan), end: Math.min(n, last + 1 + overscan) }
}

/**
 * Sticky offsets of the fixed columns, px: a left column sticks at the widths of the fixed-left
 * columns before it, a right column at the widths of the fixed-right columns after it.
 */
export function stickyOffsets(columns: ReadonlyArray<{ width: number; fixed?: 'left' | 'right' }>): Array<{ left?: number; right?: number }> {
  const out = columns.map(() => ({}) as { left?: number; right?: number })
  let left = 0
  columns.forEach((c, i) => {
    if (c.fixed !== 'left') return
    out[i]!.left = left
    left += c.width
  })
  let right = 0
  for (let i = columns.length - 1; i >= 0; i--) {
    if (columns[i]!.fixed !== 'right') continue
    out[i]!.right = right
    right += columns[i]!.width
  }
  return out
}
