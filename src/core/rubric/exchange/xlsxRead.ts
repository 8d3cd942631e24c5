/**
 * Streams a workbook's cells into plain values with exceljs's WorkbookReader, with caps
 * (docs/design/hostile-inputs.md, spreadsheets). Values only: a formula is refused even with a cached result,
 * as are error values and dates; rich text becomes its text, a hyperlink its text. Rows are taken as
 * the XML emits them — never by looping to a row count — and every problem names sheet, row, column.
 */
import { openXlsxCells } from '../../intake/files/xlsxCells'
import { columnLetter, decodeCellText, LIMITS } from './xlsxLayout'
import type { ProblemParams, ProblemPath } from '../../domain/problem'
import type { RubricProblemCode } from '../problems'

export interface XlsxProblem {
  /** sheet name, '' for the file as a whole */
  sheet: string
  /** 1-based row, 0 when not tied to a row */
  row: number
  /** column letter (e.g. "E"), '' when not tied to a column */
  column: string
  /** Chinese, for the committee secretary */
  message: string
  /** for a problem of the rubric read from the sheets (schema or validateRubric): its code, path into the rubric and parameters */
  code?: RubricProblemCode
  path?: ProblemPath
  params?: ProblemParams
}

export type CellValue = string | number | boolean

export interface SheetRow {
  row: number
  /** non-empty cells by 1-based column */
  cells: Map<number, CellValue>
}

export interface RawSheet {
  name: string
  rows: SheetRow[]
}

export interface ReadResult {
  /** sheets by name; a Map, so a sheet called `__proto__` is just a name */
  sheets: Map<string, RawSheet>
  problems: XlsxProblem[]
  /** a cap was hit or the file could not be read: `sheets` is incomplete */
  stopped: boolean
}

/** The parts of exceljs's streaming worksheet and row this module touches (its typings omit `name`). */
interface StreamRow {
  number: number
  eachCell(iteratee: (cell: { value: unknown }, colNumber: number) => void): void
}
interface StreamSheet {
  name?: string
  [Symbol.asyncIterator](): AsyncIterator<StreamRow>
}

class Stop extends Error {}

function describeDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? '无效日期' : d.toISOString().slice(0, 10)
}

function richTextOf(v: unknown): string | undefined {
  if (!v || typeof v !== 'object' || !Object.hasOwn(v, 'richText')) return undefined
  const runs = (v as { richText: unknown }).richText
  if (!Array.isArray(runs)) return undefined
  return runs.map((r: unknown) => (r && typeof (r as { text?: unknown }).text === 'string' ? (r as { text: string }).text : '')).join('')
}

/**
 * A cell's value as string | number | boolean, `null` when empty, or a Chinese reason it is refused.
 * Objects are told apart by own keys, not truthiness: exceljs turns `<f t="shared"/>` (empty text)
 * into a plain `{ formula: '' }` object.
 */
export function cellValue(v: unknown): { value: CellValue | null } | { refuse: string } {
  if (v === null || v === undefined) return { value: null }
  if (typeof v === 'string') return { value: decodeCellText(v) }
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v } : { refuse: '单元格的数值无效' }
  if (typeof v === 'boolean') return { value: v }
  if (v instanceof Date) return { refuse: `单元格是日期（${describeDate(v)}），此处应为文字或数字，请将单元格格式改为“常规”或“文本”后重新填写` }
  if (typeof v === 'object') {
    if (Object.hasOwn(v, 'formula') || Object.hasOwn(v, 'sharedFormula')) return { refuse: '单元格含公式，请改为数值' }
    if (Object.hasOwn(v, 'error')) return { refuse: `单元格是错误值 ${String((v as { error: unknown }).error)}，请改为文字或数字` }
    const rich = richTextOf(v)
    if (rich !== undefined) return { value: decodeCellText(rich) }
    if (Object.hasOwn(v, 'hyperlink') && Object.hasOwn(v, 'text')) {
      const t = (v as { text: unknown }).text
      if (typeof t === 'string') return { value: decodeCellText(t) }
      const r = richTextOf(t)
      if (r !== undefined) return { value: decodeCellText(r) }
    }
    if (Object.hasOwn(v, 'sharedString')) return { refuse: '单元格引用的共享文字不存在，文件可能已损坏' }
  }
  return { refuse: '无法识别单元格的内容' }
}

/** Reads every worksheet of an xlsx (checked and re-ordered by `sniffXlsx`) into rows of plain values. */
export async function readWorkbook(bytes: Uint8Array): Promise<ReadResult> {
  const sheets = new Map<string, RawSheet>()
  const problems: XlsxProblem[] = []
  const add = (p: XlsxProblem) => {
    if (problems.length <= LIMITS.problems) problems.push(p) // one more than shown, so the overflow is noticed
  }
  const stop = (p: XlsxProblem): never => {
    add(p)
    throw new Stop()
  }

  // styles 'cache' (not 'ignore'): only with the number formats can a date be told from a number.
  // The reader decodes whole characters (exceljsSafeReader.ts: exceljs alone splits a Chinese
  // character across inflate chunks into U+FFFD).
  const { reader, close } = openXlsxCells(bytes, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  })

  let current = ''
  let stopped = false
  try {
    let sheetCount = 0
    for await (const ws of reader as unknown as AsyncIterable<StreamSheet>) {
      sheetCount++
      const name = typeof ws.name === 'string' ? ws.name : `Sheet${sheetCount}`
      current = name
      if (sheetCount > LIMITS.sheets) {
        stop({ sheet: name, row: 0, column: '', message: `工作簿超过 ${LIMITS.sheets} 个工作表，不是正常的指标体系表，已停止读取` })
      }
      const sheet: RawSheet = { name, rows: [] }
      const duplicate = sheets.has(name)
      if (duplicate) add({ sheet: name, row: 0, column: '', message: `工作表名称「${name}」重复` })
      else sheets.set(name, sheet)

      let last = 0
      for await (const row of ws) {
        const raw: Array<[number, unknown]> = []
        row.eachCell((cell, col) => {
          if (cell.value !== null && cell.value !== undefined && cell.value !== '') raw.push([col, cell.value])
        })
        if (raw.length === 0) continue // formatted but empty rows, however far down, are not rows
        const rowNo = Number.isInteger(row.number) && row.number > last ? row.number : -1
        if (rowNo < 0) stop({ sheet: name, row: last + 1, column: '', message: '行号缺失或顺序错乱，文件可能已损坏' })
        if (rowNo > LIMITS.rowsPerSheet) {
          stop({ sheet: name, row: rowNo, column: '', message: `工作表「${name}」超过 ${LIMITS.rowsPerSheet} 行的上限（第 ${rowNo} 行仍有内容），已停止读取` })
        }
        const cells = new Map<number, CellValue>()
        for (const [col, value] of raw) {
          const column = columnLetter(col)
          if (col > LIMITS.columns) {
            stop({ sheet: name, row: rowNo, column, message: `第 ${column} 列有内容，超过 ${LIMITS.columns} 列的上限，已停止读取` })
          }
          const got = cellValue(value)
          if ('refuse' in got) {
            add({ sheet: name, row: rowNo, column, message: got.refuse })
            continue
          }
          const v = got.value
          if (v === null || v === '') continue
          if (typeof v === 'string' && v.length > LIMITS.cellChars) {
            add({ sheet: name, row: rowNo, column, message: `单元格文字过长（${v.length} 字），上限为 ${LIMITS.cellChars} 字` })
            continue
          }
          cells.set(col, v)
        }
        last = rowNo
        sheet.rows.push({ row: rowNo, cells })
      }
    }
  } catch (e) {
    stopped = true
    if (!(e instanceof Stop)) {
      const why = e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200)
      add({ sheet: current, row: 0, column: '', message: `文件已损坏，无法读取（${why}）` })
    }
    close()
  }
  return { sheets, problems, stopped }
}
