import ExcelJS from 'exceljs'
import { appendPartsAsBytes } from '../../rubric/exchange/xlsx'
import { encodeCellText } from '../../rubric/exchange/xlsxLayout'
import type { DecisionListModel } from '../decisionListModel'

/**
 * 拟表彰名单 and 评审结果汇总表 as one .xlsx, one sheet each, plus 「说明」 with the rules: the same
 * models the .docx is rendered from (decisionListModel.ts).
 *
 * docs/design/hostile-inputs.md "Exports": user text (names, schools, reasons) may start with = + - @
 * or a full-width ＝＋－＠. Every text goes in as a string cell (exceljs writes it to the shared-string
 * table, t="s"), never as a formula, so no spreadsheet evaluates it; the text keeps its exact characters
 * (an added ' would change the published names). Scores are number cells with two decimals shown.
 */
const SHEET_NAMES: Record<DecisionListModel['kind'], string> = { awardList: '拟表彰名单', resultSummary: '评审结果汇总表' }
const COLUMN_WIDTHS: Record<DecisionListModel['kind'], number[]> = { awardList: [12, 40, 32, 12, 10], resultSummary: [8, 36, 30, 10, 10, 14, 60] }
/** columns holding scores: written as numbers when they are one */
const NUMBER_COLUMNS: Record<DecisionListModel['kind'], number[]> = { awardList: [4], resultSummary: [3, 4] }

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } }
const BORDER = { top: thin, left: thin, bottom: thin, right: thin }

function value(kind: DecisionListModel['kind'], col: number, v: string): string | number | null {
  if (v === '') return null
  if (NUMBER_COLUMNS[kind].includes(col) && /^\d+(\.\d+)?$/.test(v)) return Number(v)
  return encodeCellText(v)
}

function addSheet(wb: ExcelJS.Workbook, model: DecisionListModel): void {
  const ws = wb.addWorksheet(SHEET_NAMES[model.kind], { views: [{ state: 'frozen', ySplit: 3 }] })
  ws.columns = COLUMN_WIDTHS[model.kind].map((width) => ({ width }))
  ws.addRow([encodeCellText(model.title)]).font = { bold: true, size: 14 }
  ws.mergeCells(1, 1, 1, model.columns.length)
  ws.addRow([encodeCellText(model.intro)])
  ws.mergeCells(2, 1, 2, model.columns.length)
  ws.getRow(2).alignment = { wrapText: true, vertical: 'top' }
  ws.getRow(2).height = 48
  const header = ws.addRow(model.columns.map(encodeCellText))
  header.font = { bold: true }
  header.eachCell((c) => (c.border = BORDER))
  for (const g of model.groups) {
    if (g.heading) ws.addRow([encodeCellText(g.heading)]).font = { bold: true }
    for (const r of g.rows) {
      const row = ws.addRow(r.map((v, i) => value(model.kind, i, v)))
      row.alignment = { wrapText: true, vertical: 'middle' }
      for (const i of NUMBER_COLUMNS[model.kind]) row.getCell(i + 1).numFmt = '0.00'
      row.eachCell({ includeEmpty: true }, (c) => (c.border = BORDER))
    }
  }
}

export async function renderDecisionListXlsx(models: readonly DecisionListModel[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '专家评审工作台'
  for (const m of models) addSheet(wb, m)
  const notes = wb.addWorksheet('说明')
  notes.columns = [{ width: 120 }]
  for (const line of models[0]?.notes ?? []) notes.addRow([encodeCellText(line)]).alignment = { wrapText: true }
  if (models[0]) notes.addRow([encodeCellText(`${models[0].signOff.issuer}　${models[0].signOff.date}`)])
  appendPartsAsBytes(wb)
  // exceljs types its Buffer as an ArrayBuffer; at run time it is a Node Buffer (a Uint8Array)
  const out = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
}
