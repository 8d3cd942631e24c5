import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type ITableBordersOptions,
} from 'docx'
import { BLACK, FONT_SIZE, TEXT_WIDTH, textRun } from './gbt9704'

/** Tables of the GB/T 9704 reports: black single rules, 小四 text, fixed layout across the text block. */

const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: BLACK })

/** 1 pt outer frame, 0.5 pt inner rules (sizes in 1/8 pt). */
export const TABLE_BORDERS: ITableBordersOptions = {
  top: rule(8),
  bottom: rule(8),
  left: rule(8),
  right: rule(8),
  insideHorizontal: rule(4),
  insideVertical: rule(4),
}

/** 18 pt exact lines for 小四 text; 15 pt for 五号. */
const TABLE_LINE = { line: 360, lineRule: LineRuleType.EXACT } as const
const SMALL_LINE = { line: 300, lineRule: LineRuleType.EXACT } as const

export type CellAlign = 'left' | 'center' | 'right'

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const

export interface CellText {
  text: string
  bold?: boolean
  /** 五号 instead of 小四 */
  small?: boolean
}

export function cellParagraph(
  font: string,
  line: CellText | string,
  align: CellAlign = 'left',
  keepNext = false,
): Paragraph {
  const l = typeof line === 'string' ? { text: line } : line
  return new Paragraph({
    alignment: ALIGN[align],
    keepNext: keepNext || undefined,
    spacing: l.small ? SMALL_LINE : TABLE_LINE,
    children: [textRun(l.text, { font, size: l.small ? FONT_SIZE.small : FONT_SIZE.table, bold: l.bold })],
  })
}

export interface CellOptions {
  /** width in twips of the grid columns the cell covers */
  width: number
  align?: CellAlign
  columnSpan?: number
  /** 'restart' opens a vertically merged cell, 'continue' extends the one above (its text is not shown) */
  merge?: 'restart' | 'continue'
  /**
   * Keep the row with the next one on the same page. Word does so when every paragraph of the row has
   * keepNext; used to keep a 一级指标's rows, and so its merged cell, from breaking across pages.
   */
  keepNext?: boolean
}

/** A cell with one paragraph per line of text, vertically centred. */
export function cell(font: string, lines: ReadonlyArray<CellText | string>, o: CellOptions): TableCell {
  const keep = o.keepNext ?? false
  const empty = () => new Paragraph({ keepNext: keep || undefined })
  const paragraphs = lines.length > 0 ? lines.map((l) => cellParagraph(font, l, o.align, keep)) : [empty()]
  return new TableCell({
    width: { size: o.width, type: WidthType.DXA },
    columnSpan: o.columnSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    verticalMerge:
      o.merge === 'restart' ? VerticalMergeType.RESTART : o.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    children: o.merge === 'continue' ? [empty()] : paragraphs,
  })
}

export function row(cells: TableCell[], options: { header?: boolean } = {}): TableRow {
  return new TableRow({ children: cells, cantSplit: true, tableHeader: options.header })
}

/** A table as wide as the text block with the given column widths (they should add up to TEXT_WIDTH). */
export function gridTable(columnWidths: readonly number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: { top: 40, bottom: 40, left: 90, right: 90 },
    alignment: AlignmentType.CENTER,
    rows,
  })
}

/** Sum of the widths of `span` columns starting at `from`. */
export function spanWidth(columnWidths: readonly number[], from: number, span = 1): number {
  return columnWidths.slice(from, from + span).reduce((a, b) => a + b, 0)
}
