import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import { Spin } from 'antd'
import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons'
import type { ResultRow } from '../../../../core/api/outputs'
import type { ResultColumn } from './resultColumns'
import type { ResultsView } from './resultsView'
import { GRID, offsetsOf, rowHeight, stickyOffsets, visibleRange } from './gridLayout'
import { RESULTS_STRINGS as S } from './strings'

type Column = ResultColumn & { title: ReactNode }
type Sort = ResultsView['sort']

interface Props {
  rows: readonly ResultRow[]
  columns: readonly Column[]
  sort: Sort
  onSort: (sort: Sort) => void
  /** the campaign shows the 一票否决 column (its tags make rows taller, gridLayout.ts) */
  vetoes: boolean
  loading: boolean
  emptyText: string
}

/** antd's order of a sortable header's clicks: ascending, descending, unsorted */
const nextOrder = { none: 'ascend', ascend: 'descend', descend: null } as const
const ARIA_SORT = { ascend: 'ascending', descend: 'descending' } as const

/** a sticky cell's style: left/right offset, and on top of the scrolling cells */
function stickyStyle(offset: { left?: number; right?: number }): CSSProperties | undefined {
  if (offset.left === undefined && offset.right === undefined) return undefined
  return { position: 'sticky', left: offset.left, right: offset.right }
}

interface RowProps {
  row: ResultRow
  index: number
  height: number
  columns: readonly Column[]
  sticky: ReadonlyArray<CSSProperties | undefined>
}

/** One row; memoised, so scrolling renders only the rows that come into view. */
const GridRow = memo(function GridRow({ row, index, height, columns, sticky }: RowProps) {
  const clip = { maxHeight: height - GRID.padY - GRID.border }
  return (
    <tr role="row" aria-rowindex={index + 2} data-testid={`result-row-${row.submission.id}`} style={{ height }}>
      {columns.map((c, i) => (
        <td key={c.key} role="gridcell" className={cellClass(c)} style={sticky[i]}>
          <div className="rg-clip" style={clip}>
            {c.render(row)}
          </div>
        </td>
      ))}
    </tr>
  )
})

function cellClass(c: Column): string {
  return ['rg-cell', c.className, c.align === 'right' ? 'rg-right' : '', c.fixed ? `rg-fixed rg-fixed-${c.fixed}` : ''].filter(Boolean).join(' ')
}

/**
 * 结果与评定's table (issue 14): a plain <table> with a sticky header and sticky first and last
 * columns, in which only the rows in view (and a few around them) are in the DOM; spacer rows hold
 * the height of the others. Row heights come from the data (gridLayout.ts), so scrolling measures
 * nothing. Readable by a screen reader as a grid (role=grid, aria-rowcount, aria-rowindex, aria-sort);
 * the scrolling area takes focus, so the arrow and page keys scroll it, and a sortable header is a
 * button.
 */
export function ResultsGrid({ rows, columns, sort, onSort, vetoes, loading, emptyText }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const head = useRef<HTMLTableSectionElement>(null)
  const offsets = useMemo(() => offsetsOf(rows.map((r) => rowHeight(r, { vetoes }))), [rows, vetoes])
  const sticky = useMemo(() => stickyOffsets(columns).map(stickyStyle), [columns])
  const width = useMemo(() => columns.reduce((sum, c) => sum + c.width, 0), [columns])
  const [range, setRange] = useState({ start: 0, end: Math.min(rows.length, 40) })

  /** the rows in view now; a new state only when the range moved (a scroll within a row renders nothing) */
  const update = useCallback(() => {
    const el = scroller.current
    if (!el) return
    // the rows start below the header, which stays on top of them: in the rows' own coordinates the
    // view runs from scrollTop for the area's height less the header's
    const header = head.current?.offsetHeight ?? 0
    const next = visibleRange(offsets, el.scrollTop, el.clientHeight - header)
    setRange((r) => (r.start === next.start && r.end === next.end ? r : next))
  }, [offsets])
  // new rows (a filter, a sort, a refresh) or a resize: the range is computed again before painting
  useLayoutEffect(update, [update])
  useEffect(() => {
    const el = scroller.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(update)
    ro.observe(el)
    return () => ro.disconnect()
  }, [update])

  const start = Math.min(range.start, rows.length)
  const end = Math.min(range.end, rows.length)
  const top = offsets[start] ?? 0
  const bottom = (offsets[rows.length] ?? 0) - (offsets[end] ?? 0)
  const visible = rows.slice(start, end)

  return (
    <Spin spinning={loading}>
      <div ref={scroller} className="rg-scroll" data-testid="results-table" tabIndex={0} role="region" aria-label={S.tableLabel} onScroll={update}>
        <table className="rg-table" role="grid" aria-rowcount={rows.length + 1} style={{ minWidth: width }}>
          <colgroup>
            {columns.map((c) => (
              <col key={c.key} style={{ width: c.width }} />
            ))}
          </colgroup>
          <thead ref={head}>
            <tr role="row" aria-rowindex={1}>
              {columns.map((c, i) => (
                <HeaderCell key={c.key} column={c} sort={sort} onSort={onSort} style={sticky[i]} />
              ))}
            </tr>
          </thead>
          <tbody>
            {top > 0 && <tr className="rg-spacer" aria-hidden style={{ height: top }} />}
            {visible.map((r, i) => (
              <GridRow key={r.submission.id} row={r} index={start + i} height={offsets[start + i + 1]! - offsets[start + i]!} columns={columns} sticky={sticky} />
            ))}
            {bottom > 0 && <tr className="rg-spacer" aria-hidden style={{ height: bottom }} />}
            {rows.length === 0 && (
              <tr role="row">
                <td role="gridcell" className="rg-empty" colSpan={columns.length}>
                  {emptyText}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </Spin>
  )
}

function HeaderCell({ column: c, sort, onSort, style }: { column: Column; sort: Sort; onSort: (s: Sort) => void; style: CSSProperties | undefined }) {
  const className = ['rg-head', c.align === 'right' ? 'rg-right' : '', c.fixed ? `rg-fixed rg-fixed-${c.fixed}` : ''].filter(Boolean).join(' ')
  if (!c.sorter) {
    return (
      <th role="columnheader" className={className} style={style}>
        {c.title}
      </th>
    )
  }
  const order = sort?.key === c.key ? sort.order : null
  const next = nextOrder[order ?? 'none']
  return (
    <th
      role="columnheader"
      className={`${className} rg-sortable`}
      style={style}
      aria-sort={order ? ARIA_SORT[order] : undefined}
      data-sortable={c.key}
      onClick={() => onSort(next ? { key: c.key, order: next } : null)}
    >
      <button type="button" className="rg-sort" title={S.sortBy(next)}>
        <span>{c.title}</span>
        <span className="rg-sort-icons" aria-hidden>
          <CaretUpOutlined className={order === 'ascend' ? 'on' : undefined} />
          <CaretDownOutlined className={order === 'descend' ? 'on' : undefined} />
        </span>
      </button>
    </th>
  )
}
