import { describe, expect, it } from 'vitest'
import type { ResultRow } from '../../../src/core/api/outputs'
import { GRID, offsetsOf, rowHeight, stickyOffsets, visibleRange } from '../../../src/renderer/src/features/results/gridLayout'
import { EMPTY_VIEW, sortRows } from '../../../src/renderer/src/features/results/resultsView'
import { RESULT_COLUMNS } from '../../../src/renderer/src/features/results/resultColumns'

const panel = (n: number) => Array.from({ length: n }, (_, i) => ({ expertId: `e${i}`, expertName: `专家${i}`, status: 'submitted', total: 80, deviation: 0, flagged: false }))
const veto = (code: string) => ({ code, text: '', count: 1, needed: 2, confirmed: false })
const row = (id: string, over: Partial<ResultRow> = {}) => ({ submission: { id }, experts: panel(7), vetoes: [], result: 80, rank: 1, ...over }) as unknown as ResultRow

describe('结果与评定 grid: row heights from the data', () => {
  const base = 2 * GRID.line + GRID.padY + GRID.border
  it('two lines (name over school) up to eight panel members; a line more per four members', () => {
    expect(rowHeight(row('a', { experts: panel(0) as ResultRow['experts'] }), { vetoes: false })).toBe(base)
    expect(rowHeight(row('a'), { vetoes: false })).toBe(base)
    expect(rowHeight(row('a', { experts: panel(8) as ResultRow['experts'] }), { vetoes: false })).toBe(base)
    expect(rowHeight(row('a', { experts: panel(9) as ResultRow['experts'] }), { vetoes: false })).toBe(base + GRID.line)
    expect(rowHeight(row('a', { experts: panel(15) as ResultRow['experts'] }), { vetoes: false })).toBe(base + 2 * GRID.line)
  })

  it('a raised veto takes a line of its own, only where the 一票否决 column is shown', () => {
    const three = row('a', { vetoes: [veto('V1'), veto('V2'), veto('V3')] as unknown as ResultRow['vetoes'] })
    expect(rowHeight(three, { vetoes: true })).toBe(3 * GRID.vetoLine - 2 + GRID.padY + GRID.border)
    expect(rowHeight(three, { vetoes: false })).toBe(base)
    expect(rowHeight(row('a', { vetoes: [veto('V1')] as unknown as ResultRow['vetoes'] }), { vetoes: true })).toBe(base)
  })
})

describe('结果与评定 grid: the rows in view', () => {
  const offsets = offsetsOf(Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 85 : 61)))
  it('offsets are the running sum of the heights', () => {
    expect(offsets.slice(0, 4)).toEqual([0, 85, 146, 207])
    expect(offsets[1000]).toBe(334 * 85 + 666 * 61)
  })

  it('covers the viewport plus the overscan, clamped to the rows', () => {
    expect(visibleRange(offsets, 0, 600, 0)).toEqual({ start: 0, end: 9 }) // 0..599: rows 0–8 (row 8 starts at 573)
    expect(visibleRange(offsets, 0, 600, 5)).toEqual({ start: 0, end: 14 })
    const mid = visibleRange(offsets, 30_000, 600, 0)
    expect(offsets[mid.start]!).toBeLessThanOrEqual(30_000)
    expect(offsets[mid.start + 1]!).toBeGreaterThan(30_000)
    expect(offsets[mid.end - 1]!).toBeLessThan(30_600)
    expect(offsets[mid.end]!).toBeGreaterThanOrEqual(30_600)
    expect(visibleRange(offsets, 10_000_000, 600, 3)).toEqual({ start: 996, end: 1000 })
    expect(visibleRange(offsetsOf([]), 0, 600)).toEqual({ start: 0, end: 0 })
  })

  it('a scroll within one row keeps the range (no new render)', () => {
    expect(visibleRange(offsets, 86, 600)).toEqual(visibleRange(offsets, 100, 600))
  })
})

describe('结果与评定 grid: sticky columns and sorting', () => {
  it('left columns stick after the fixed-left ones before them, right columns before the fixed-right ones after them', () => {
    const cols = [{ width: 210, fixed: 'left' as const }, { width: 100 }, { width: 150, fixed: 'right' as const }, { width: 88, fixed: 'right' as const }, { width: 64, fixed: 'right' as const }]
    expect(stickyOffsets(cols)).toEqual([{ left: 0 }, {}, { right: 152 }, { right: 64 }, { right: 0 }])
  })

  it('sorts by a column as antd did: descending is the negated sorter, ties keep their order; an unknown key leaves the rows', () => {
    const sorterOf = (key: string) => RESULT_COLUMNS.find((c) => c.key === key)?.sorter
    const rows = [row('a', { result: 70 }), row('b', { result: null }), row('c', { result: 90 }), row('d', { result: 70 })]
    const ids = (rs: readonly ResultRow[]) => rs.map((r) => r.submission.id)
    expect(ids(sortRows(rows, { key: 'result', order: 'ascend' }, sorterOf))).toEqual(['b', 'a', 'd', 'c'])
    expect(ids(sortRows(rows, { key: 'result', order: 'descend' }, sorterOf))).toEqual(['c', 'a', 'd', 'b'])
    expect(sortRows(rows, EMPTY_VIEW.sort, sorterOf)).toBe(rows)
    expect(sortRows(rows, { key: 'gone', order: 'ascend' }, sorterOf)).toBe(rows)
    expect(ids(rows)).toEqual(['a', 'b', 'c', 'd'])
  })
})
