import type { CSSProperties, ReactNode } from 'react'
import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons'
import type { ResultColumn } from './resultColumns'
import type { ResultsView } from './resultsView'
import { RESULTS_STRINGS as S } from './strings'

export type GridColumn = ResultColumn & { title: ReactNode }
type Sort = ResultsView['sort']

/** antd's order of a sortable header's clicks: ascending, descending, unsorted */
const NEXT_ORDER = { none: 'ascend', ascend: 'descend', descend: null } as const
const ARIA_SORT = { ascend: 'ascending', descend: 'descending' } as const

/** A cell's width: fixed, except the column that `grows` into the room the others leave (both in the header and the rows). */
export function cellStyle(c: GridColumn, grows: boolean, sticky?: { left?: number; right?: number }): CSSProperties {
  return { flex: grows ? `1 0 ${c.width}px` : `0 0 ${c.width}px`, ...(sticky && (sticky.left !== undefined || sticky.right !== undefined) ? { position: 'sticky', ...sticky } : {}) }
}

/**
 * The grid's header: a real table row of <th> (columnheader, aria-sort), sticky on top of the rows; a
 * sortable header is a button inside its cell, so the keyboard reaches it. Its cells are laid out as
 * the rows' cells are (flex, the same widths), so the columns line up.
 */
export function GridHeader(props: {
  columns: readonly GridColumn[]
  grow: string
  sticky: ReadonlyArray<{ left?: number; right?: number }>
  sort: Sort
  onSort: (s: Sort) => void
}) {
  const { columns, grow, sticky, sort, onSort } = props
  return (
    <table className="rg-headtable" role="presentation">
      <thead role="rowgroup">
        <tr role="row" aria-rowindex={1} className="rg-row rg-headrow">
          {columns.map((c, i) => {
            const className = ['rg-head', c.align === 'right' ? 'rg-right' : '', c.fixed ? 'rg-fixed' : '', c.sorter ? 'rg-sortable' : ''].filter(Boolean).join(' ')
            const style = cellStyle(c, c.key === grow, sticky[i])
            if (!c.sorter) {
              return (
                <th key={c.key} role="columnheader" className={className} style={style}>
                  {c.title}
                </th>
              )
            }
            const order = sort?.key === c.key ? sort.order : null
            const next = NEXT_ORDER[order ?? 'none']
            return (
              <th
                key={c.key}
                role="columnheader"
                className={className}
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
          })}
        </tr>
      </thead>
    </table>
  )
}
