import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react'
import { Spin } from 'antd'
import type { ResultRow } from '../../../../core/api/outputs'
import type { ResultsView } from './resultsView'
import { offsetsOf, rowHeight, stickyOffsets, visibleRange } from './gridLayout'
import { cellStyle, GridHeader, type GridColumn } from './GridHeader'
import { RESULTS_STRINGS as S } from './strings'
import { useGridTip } from './GridTip'

type Sort = ResultsView['sort']

interface Props {
  rows: readonly ResultRow[]
  columns: readonly GridColumn[]
  sort: Sort
  onSort: (sort: Sort) => void
  /** the campaign shows the 一票否决 column (its tags make rows taller, gridLayout.ts) */
  vetoes: boolean
  loading: boolean
  emptyText: string
}

/**
 * How a row is laid out: the fixed-left columns at its start stick to the left edge (each), the
 * fixed-right columns at its end stick to the right edge together in one group — one sticky box per
 * side rather than one per cell, since every sticky box is a layer the compositor moves on each frame.
 */
interface RowLayout {
  left: Array<{ c: GridColumn; style: CSSProperties }>
  middle: Array<{ c: GridColumn; style: CSSProperties }>
  right: Array<{ c: GridColumn; style: CSSProperties }>
  rightWidth: number
}

function rowLayout(columns: readonly GridColumn[], grow: string): RowLayout {
  let l = 0
  while (l < columns.length && columns[l]!.fixed === 'left') l++
  let r = columns.length
  while (r > l && columns[r - 1]!.fixed === 'right') r--
  const cell = (c: GridColumn, sticky?: { left: number }) => ({ c, style: cellStyle(c, c.key === grow, sticky) })
  let left = 0
  const leftCells = columns.slice(0, l).map((c) => {
    const out = cell(c, { left })
    left += c.width
    return out
  })
  const right = columns.slice(r)
  return { left: leftCells, middle: columns.slice(l, r).map((c) => cell(c)), right: right.map((c) => cell(c)), rightWidth: right.reduce((s, c) => s + c.width, 0) }
}

function cellClass(c: GridColumn): string {
  return ['rg-cell', c.className, c.align === 'right' ? 'rg-right' : ''].filter(Boolean).join(' ')
}

interface RowProps {
  row: ResultRow
  index: number
  top: number
  height: number
  layout: RowLayout
}

/** One row, absolutely placed at its offset; memoised, so scrolling renders only the rows that come into view. */
const GridRow = memo(function GridRow({ row, index, top, height, layout }: RowProps) {
  const cells = (list: RowLayout['left'], fixed: boolean) =>
    list.map(({ c, style }) => (
      <div key={c.key} role="gridcell" className={fixed ? `${cellClass(c)} rg-fixed` : cellClass(c)} style={style}>
        {c.render(row)}
      </div>
    ))
  return (
    <div role="row" aria-rowindex={index + 2} className="rg-row rg-bodyrow" data-testid={`result-row-${row.submission.id}`} style={{ top, height }}>
      {cells(layout.left, true)}
      {cells(layout.middle, false)}
      {layout.right.length > 0 && (
        <div className="rg-right-group rg-fixed" style={{ flex: `0 0 ${layout.rightWidth}px` }}>
          {cells(layout.right, false)}
        </div>
      )}
    </div>
  )
})

/**
 * 结果与评定's grid (issue 14): only the rows in view (and a few around them) are in the DOM, each
 * placed absolutely at its offset, so a scroll adds the rows coming into view and touches no other;
 * row heights come from the data (gridLayout.ts), so nothing is measured. A sticky header of real <th>
 * cells, sticky first and last columns. Read by a screen reader as a grid (role=grid, aria-rowcount,
 * aria-rowindex, aria-sort); the scrolling area takes focus, so the arrow and page keys scroll it.
 */
export function ResultsGrid({ rows, columns, sort, onSort, vetoes, loading, emptyText }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const head = useRef<HTMLDivElement>(null)
  const offsets = useMemo(() => offsetsOf(rows.map((r) => rowHeight(r, { vetoes }))), [rows, vetoes])
  const grow = useMemo(() => columns.find((c) => c.grows)?.key ?? '', [columns])
  const layout = useMemo(() => rowLayout(columns, grow), [columns, grow])
  const headSticky = useMemo(() => stickyOffsets(columns), [columns])
  const width = useMemo(() => columns.reduce((sum, c) => sum + c.width, 0), [columns])
  const [range, setRange] = useState({ start: 0, end: Math.min(rows.length, 40) })

  /** the scrolling area's height less the header's (kept from the last resize: reading it on each scroll would force a layout) */
  const viewHeight = useRef(0)
  const measure = useCallback(() => {
    const el = scroller.current
    if (el) viewHeight.current = el.clientHeight - (head.current?.offsetHeight ?? 0)
  }, [])

  /** the rows in view now; a new state only when the range moved (a scroll within a row renders nothing) */
  const update = useCallback(() => {
    const el = scroller.current
    if (!el) return
    // the rows start below the header, which stays on top of them: in the rows' own coordinates the
    // view runs from scrollTop for the area's height less the header's
    const next = visibleRange(offsets, el.scrollTop, viewHeight.current)
    setRange((r) => (r.start === next.start && r.end === next.end ? r : next))
  }, [offsets])
  // new rows (a filter, a sort, a refresh): the range is computed again before painting
  useLayoutEffect(() => {
    measure()
    update()
  }, [measure, update])
  useEffect(() => {
    const el = scroller.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(() => {
      measure()
      update()
    })
    ro.observe(el)
    if (head.current) ro.observe(head.current)
    return () => ro.disconnect()
  }, [measure, update])

  // the cells' hints (data-tip), one tooltip for the grid; a scroll closes it
  const tip = useGridTip()
  const closeTip = tip.close
  const onScroll = useCallback(() => {
    closeTip()
    update()
  }, [closeTip, update])

  const start = Math.min(range.start, rows.length)
  const end = Math.min(range.end, rows.length)
  const total = offsets[rows.length] ?? 0

  return (
    <Spin spinning={loading}>
      <div ref={scroller} className="rg-scroll" data-testid="results-table" tabIndex={0} role="region" aria-label={S.tableLabel} onScroll={onScroll} onMouseOver={tip.onMouseOver} onMouseLeave={tip.onMouseLeave}>
        <div className="rg-grid" role="grid" aria-rowcount={rows.length + 1} style={{ minWidth: width }}>
          <div ref={head} className="rg-sticky-head">
            <GridHeader columns={columns} grow={grow} sticky={headSticky} sort={sort} onSort={onSort} />
          </div>
          <div className="rg-body" role="rowgroup" style={{ height: rows.length ? total : undefined }}>
            {rows.slice(start, end).map((r, i) => (
              <GridRow key={r.submission.id} row={r} index={start + i} top={offsets[start + i]!} height={offsets[start + i + 1]! - offsets[start + i]!} layout={layout} />
            ))}
            {rows.length === 0 && (
              <div role="row" className="rg-empty">
                <div role="gridcell">{emptyText}</div>
              </div>
            )}
          </div>
        </div>
      </div>
      {tip.tip}
    </Spin>
  )
}
