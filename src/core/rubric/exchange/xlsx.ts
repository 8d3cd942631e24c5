/**
 * The rubric as an Excel 指标体系表 a committee secretary can read and edit, and back.
 *
 * Writing: sheet 「指标体系」 holds the tree, one row per 一级指标, 二级指标, 观测点 and 一票否决 item
 * (columns in xlsxLayout.ts); 「基本信息」, 「等级」, 「等次」, 「奖项等级」, 「资格条件」 and 「加分项」
 * hold the rest. Reading: xlsxZip.ts sniffs the bytes, xlsxRead.ts streams the cells with caps,
 * xlsxBuild.ts rebuilds the rubric row by row; then RubricSchema and validateRubric. Every problem
 * names sheet, row and column, and any problem means nothing is returned.
 */
import ExcelJS from 'exceljs'
import { LEVELS, REVIEW_KIND_LABELS, RubricSchema, type Rubric } from '../../domain/rubric'
import { validateRubric } from '../validate'
import { buildRubric } from './xlsxBuild'
import {
  AWARD_HEADERS,
  AWARD_OPTIONAL_HEADERS,
  BAND_HEADERS,
  BAND_OPTIONAL_HEADERS,
  BONUS_HEADERS,
  ELIGIBILITY_HEADERS,
  encodeCellText,
  INFO_HEADERS,
  INFO_NOTE_HEADER,
  KEY_MARK,
  LEVEL_HEADERS,
  LIMITS,
  NATURE_LABEL,
  NO,
  SCALE_LABEL,
  SHEET,
  TREE_HEADERS,
  YES,
  type InfoItem,
} from './xlsxLayout'
import { validateProblems, zodProblems } from './xlsxProblems'
import { readWorkbook, type XlsxProblem } from './xlsxRead'
import { sniffXlsx, tooLargeMessage } from './xlsxZip'

export type { XlsxProblem } from './xlsxRead'

export type RubricFromXlsx = { ok: true; rubric: Rubric } | { ok: false; problems: XlsxProblem[] }

type Cell = string | number | null

/**
 * Every text value goes in as a string cell (exceljs writes it to the shared-string table, `t="s"`),
 * never as `{ formula }`: a descriptor such as "=1+1", "+86…", "-", "@x" or one starting with TAB, CR
 * or a full-width ＝＋－＠ is stored as text that no spreadsheet evaluates, so it is not prefixed
 * with `'` (docs/design/hostile-inputs.md asks that for CSV) and the round trip keeps the text exactly.
 * `encodeCellText` only applies the OOXML `_xHHHH_` escape for characters XML cannot carry.
 */
function put(v: string | number | null | undefined): Cell {
  if (v === undefined || v === null) return null
  if (typeof v === 'number') return v
  return v === '' ? null : encodeCellText(v)
}

/** The XLSX methods that add parts to the zip (exceljs 4.4, lib/xlsx/xlsx.js `write`); each only calls `zip.append`. */
const ADD_PARTS = [
  'addContentTypes',
  'addOfficeRels',
  'addWorkbookRels',
  'addWorksheets',
  'addSharedStrings',
  'addDrawings',
  'addTables',
  'addThemes',
  'addStyles',
  'addMedia',
  'addApp',
  'addCore',
  'addWorkbook',
] as const
type ZipLike = { append(data: unknown, options: { name: string; base64?: boolean }): unknown }

/**
 * exceljs hands each part to JSZip as a JS string, and JSZip encodes strings in 16 K-character
 * slices: a character outside the BMP (CJK Extension B such as 𠀀 in a name, emoji) that straddles
 * a slice boundary is written as two U+FFFD. This workbook's parts are handed over as UTF-8 bytes
 * instead (same bytes otherwise); only this workbook instance is touched.
 */
export function appendPartsAsBytes(wb: ExcelJS.Workbook): void {
  const xlsx = wb.xlsx as unknown as Record<string, unknown>
  for (const m of ADD_PARTS) {
    const original = xlsx[m]
    if (typeof original !== 'function') throw new Error(`exceljs XLSX has no ${m}: check the exceljs version`)
    xlsx[m] = (zip: ZipLike, ...rest: unknown[]) =>
      original.call(
        xlsx,
        { append: (data: unknown, options: { name: string; base64?: boolean }) => zip.append(typeof data === 'string' && !options.base64 ? Buffer.from(data, 'utf8') : data, options) },
        ...rest,
      )
  }
}

const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } }
const BORDER = { top: thin, left: thin, bottom: thin, right: thin }

function table(
  wb: ExcelJS.Workbook,
  name: string,
  headers: readonly string[],
  widths: readonly number[],
  rows: ReadonlyArray<readonly Cell[]>,
  wrap: ReadonlySet<number> = new Set(),
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = headers.map((h, i) => ({ width: widths[i] ?? 12 }))
  const head = ws.addRow([...headers])
  head.font = { bold: true }
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
    c.border = BORDER
  })
  for (const values of rows) {
    const row = ws.addRow([...values])
    for (let i = 1; i <= headers.length; i++) {
      const c = row.getCell(i)
      c.alignment = { vertical: 'top', wrapText: wrap.has(i) }
      c.border = BORDER
    }
  }
  return ws
}

/** The rubric as an .xlsx 指标体系表 (sheets and columns in xlsxLayout.ts). */
export async function rubricToXlsx(rubric: Rubric): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '专家评审工作台'

  // 指标体系
  const n = TREE_HEADERS.length
  const treeRows: Cell[][] = []
  const kinds: Array<'dimension' | 'indicator' | 'observation' | 'veto'> = []
  const blank = (): Cell[] => Array.from({ length: n }, () => null)
  for (const d of rubric.dimensions) {
    const r = blank()
    r[0] = put(d.code)
    r[1] = put(d.name)
    r[4] = put(d.points)
    treeRows.push(r)
    kinds.push('dimension')
    for (const ind of d.indicators) {
      const r = blank()
      r[0] = put(ind.code)
      r[2] = put(ind.name)
      r[4] = put(ind.points)
      r[5] = put(SCALE_LABEL[ind.scale])
      for (const [i, l] of LEVELS.entries()) r[6 + i] = put(ind.descriptors[l])
      r[10] = ind.key ? KEY_MARK : null
      treeRows.push(r)
      kinds.push('indicator')
      for (const op of ind.observationPoints) {
        const r = blank()
        r[3] = put(op.text)
        r[12] = put(op.evidence)
        r[13] = put(NATURE_LABEL[op.nature])
        r[14] = op.siteCheck ? YES : NO
        treeRows.push(r)
        kinds.push('observation')
      }
    }
  }
  for (const v of rubric.vetoes) {
    const r = blank()
    r[0] = put(v.code)
    r[11] = put(v.text)
    treeRows.push(r)
    kinds.push('veto')
  }
  //               编号 一级 二级 观测点 分值 方式 A  B  C  D  ★  否决 佐证 性质 核查
  const treeWidths = [8, 22, 22, 36, 7, 9, 40, 40, 40, 40, 5, 30, 36, 7, 9]
  const tree = table(wb, SHEET.tree, TREE_HEADERS, treeWidths, treeRows, new Set([2, 3, 4, 7, 8, 9, 10, 12, 13]))
  kinds.forEach((k, i) => {
    const row = tree.getRow(i + 2)
    if (k === 'dimension') {
      row.font = { bold: true }
      row.eachCell({ includeEmpty: true }, (c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } }))
    } else if (k === 'veto') {
      row.eachCell({ includeEmpty: true }, (c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } }))
    }
  })

  // 基本信息
  const info: Array<[InfoItem, Cell, string]> = [
    ['名称', put(rubric.name), ''],
    ['评审类型', put(rubric.kind), REVIEW_KIND_LABELS[rubric.kind]],
    ['版本', put(rubric.version), ''],
    ['总分', put(rubric.total), ''],
    ['结果说明', put(rubric.resultNote), ''],
    ['加分上限', put(rubric.bonus?.cap), '无加分项时留空'],
    ['编号', put(rubric.id), '指标体系的内部编号'],
  ]
  table(wb, SHEET.info, [...INFO_HEADERS, INFO_NOTE_HEADER], [12, 50, 24], info.map(([k, v, note]) => [k, v, put(note)]), new Set([2]))

  table(wb, SHEET.levels, LEVEL_HEADERS, [8, 12, 8], rubric.levels.map((l) => [l.level, put(l.label), l.coefficient]))
  const provisional = (p: boolean | undefined): Cell => (p === undefined ? null : p ? YES : NO)
  table(wb, SHEET.bands, [...BAND_HEADERS, ...BAND_OPTIONAL_HEADERS], [8, 12, 8, 12], rubric.gradeBands.map((b) => [b.grade, put(b.label), b.min, provisional(b.provisional)]))
  const awards = table(
    wb,
    SHEET.awards,
    [...AWARD_HEADERS, ...AWARD_OPTIONAL_HEADERS],
    [8, 16, 8, 8, 10, 10, 12],
    rubric.awardLevels.map((a) => [put(a.code), put(a.label), a.min, a.requiresVote ? YES : NO, put(a.quota?.maxCount), put(a.quota?.maxShare), provisional(a.provisional)]),
  )
  awards.getColumn(6).numFmt = '0%'
  table(wb, SHEET.eligibility, ELIGIBILITY_HEADERS, [8, 60], rubric.eligibility.map((e) => [put(e.code), put(e.text)]), new Set([2]))
  table(
    wb,
    SHEET.bonus,
    BONUS_HEADERS,
    [8, 30, 8, 40],
    (rubric.bonus?.items ?? []).map((b) => [put(b.code), put(b.name), b.points, put(b.evidence)]),
    new Set([2, 4]),
  )

  appendPartsAsBytes(wb)
  // exceljs types its Buffer as an ArrayBuffer; at run time it is a Node Buffer (a Uint8Array)
  const out = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
}

const SHEET_ORDER: readonly string[] = ['', SHEET.tree, SHEET.info, SHEET.levels, SHEET.bands, SHEET.awards, SHEET.eligibility, SHEET.bonus]

/** One problem per cell (the first, most specific one), in sheet → row → column order. */
function tidy(problems: readonly XlsxProblem[]): XlsxProblem[] {
  const seen = new Set<string>()
  const out: XlsxProblem[] = []
  for (const p of problems) {
    if (p.row > 0 && p.column !== '') {
      const key = `${p.sheet}\u0000${p.row}\u0000${p.column}`
      if (seen.has(key)) continue
      seen.add(key)
    }
    out.push(p)
  }
  const sheetRank = (s: string) => {
    const i = SHEET_ORDER.indexOf(s)
    return i < 0 ? SHEET_ORDER.length : i
  }
  const colRank = (c: string) => c.length * 100 + (c.charCodeAt(c.length - 1) || 0)
  const sorted = out
    .map((p, i) => ({ p, i }))
    .sort((a, b) => sheetRank(a.p.sheet) - sheetRank(b.p.sheet) || a.p.row - b.p.row || colRank(a.p.column) - colRank(b.p.column) || a.i - b.i)
    .map(({ p }) => p)
  if (sorted.length <= LIMITS.problems) return sorted
  const shown = sorted.slice(0, LIMITS.problems - 1)
  return [...shown, { sheet: '', row: 0, column: '', message: `问题较多，仅列出前 ${shown.length} 条；请先改正这些问题后再导入` }]
}

/**
 * Reads an 指标体系表 written by `rubricToXlsx` (and edited by a person). Untrusted input: size cap,
 * content sniffing, zip caps, a streaming reader with row/column/cell caps, values only.
 * Callers should still run it off the main thread (docs/design/hostile-inputs.md: a worker with resourceLimits).
 */
export async function rubricFromXlsx(bytes: Uint8Array, fileName?: string): Promise<RubricFromXlsx> {
  const whole = (message: string): RubricFromXlsx => ({ ok: false, problems: [{ sheet: '', row: 0, column: '', message }] })
  if (bytes.byteLength > LIMITS.bytes) return whole(tooLargeMessage(bytes.byteLength, fileName))
  const sniff = await sniffXlsx(bytes, fileName)
  if (!sniff.ok) return whole(sniff.message)

  const read = await readWorkbook(sniff.ordered)
  if (read.stopped) return { ok: false, problems: tidy(read.problems) }

  const built = buildRubric(read.sheets)
  const problems = [...read.problems, ...built.problems]
  const parsed = RubricSchema.safeParse(built.candidate, { reportInput: true })
  if (!parsed.success) {
    // an issue about a whole sheet (e.g. no 一级指标) says nothing new when that sheet already has a problem
    const troubled = new Set(problems.map((p) => p.sheet))
    problems.push(...zodProblems(built.loc, parsed.error.issues).filter((p) => p.row > 0 || !troubled.has(p.sheet)))
    return { ok: false, problems: tidy(problems) }
  }
  const rubric = parsed.data
  let found = validateRubric(rubric)
  // rows that were skipped make sums meaningless: report those only once the rows are readable
  if (problems.length > 0 || built.structural) {
    found = found.filter((p) => p.code !== 'DIMENSION_MISMATCH' && p.code !== 'TOTAL_MISMATCH' && p.code !== 'NO_INDICATORS')
  }
  problems.push(...validateProblems(built.loc, found))
  if (problems.length > 0) return { ok: false, problems: tidy(problems) }
  return { ok: true, rubric }
}
