import { Paragraph, type Table } from 'docx'
import { DECISION_LIST_TEXT, type DecisionListModel } from '../decisionListModel'
import { bodyParagraphs, gbtSection, noteParagraph, packReport, signOffParagraphs, subtitleParagraph, titleParagraph } from './gbt9704'
import { cell, gridTable, row } from './tables'
import { FONT_SIZE, TEXT_WIDTH, textRun } from './gbt9704'

/**
 * 拟表彰名单 / 评审结果汇总表 as .docx in the GB/T 9704 layout (gbt9704.ts, tables.ts): title, the
 * intro with the 公示 period, one table per 奖项等级 (名单) or one table of every entry (汇总表), the rules
 * as notes, and the committee's sign-off with the date.
 */

/** Column widths in twips, adding up to the text block (8844). */
const WIDTHS: Record<DecisionListModel['kind'], number[]> = {
  awardList: [700, 3000, 2744, 1200, 1200],
  resultSummary: [700, 2000, 1800, 900, 820, 1000, 1624],
}

function table(model: DecisionListModel, rows: string[][]): Table {
  const widths = WIDTHS[model.kind]
  const font = model.fonts.body
  // 名称 and 申报单位 read left-aligned; numbers and short codes centred
  const align = (i: number) => (i === 1 || i === 2 || (model.kind === 'resultSummary' && i === 6) ? 'left' : 'center')
  const header = row(model.columns.map((c, i) => cell(font, [{ text: c, bold: true, small: model.kind === 'resultSummary' }], { width: widths[i]!, align: 'center' })), { header: true })
  const body = rows.map((r) => row(r.map((v, i) => cell(font, [{ text: v, small: model.kind === 'resultSummary' }], { width: widths[i]!, align: align(i) }))))
  return gridTable(widths, [header, ...body])
}

export async function renderDecisionListDocx(model: DecisionListModel): Promise<Uint8Array> {
  if (WIDTHS[model.kind].reduce((a, b) => a + b, 0) !== TEXT_WIDTH) throw new Error('decisionListDocx: column widths must fill the text block')
  const f = model.fonts
  const children: Array<Paragraph | Table> = [titleParagraph(model.title, f), subtitleParagraph(model.subtitle, f), ...bodyParagraphs(model.intro, f)]
  if (model.groups.length === 0) children.push(...bodyParagraphs(DECISION_LIST_TEXT.noAward, f))
  for (const g of model.groups) {
    if (g.heading) children.push(...bodyParagraphs(g.heading, f, { keepWithNext: true }))
    children.push(table(model, g.rows))
  }
  // 说明 stays on the page of its first note
  children.push(new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [textRun(DECISION_LIST_TEXT.rulesHeading, { font: f.body, size: FONT_SIZE.small })] }))
  children.push(...model.notes.map((n) => noteParagraph(n, f)))
  children.push(...signOffParagraphs([model.signOff.issuer, model.signOff.date], f))
  return packReport({ title: model.title, fonts: f, sections: [gbtSection(f, children)], date: new Date(model.issuedAt) })
}
