import type { Paragraph, Table } from 'docx'
import type { MinutesModel } from '../calibrationMinutesModel'
import { bodyParagraphs, gbtSection, headingParagraph, packReport, signOffParagraphs, subtitleParagraph, TEXT_WIDTH, titleParagraph } from './gbt9704'
import { cell, gridTable, row } from './tables'

/** A three-column table: label, before, after (校准前 / 校准后). */
function beforeAfter(m: MinutesModel, head: string, rows: Array<{ label: string; before: string; after: string }>): Table {
  const w = [Math.round(TEXT_WIDTH * 0.36), Math.round(TEXT_WIDTH * 0.32)]
  const widths = [w[0]!, w[1]!, TEXT_WIDTH - w[0]! - w[1]!]
  const f = m.fonts.body
  return gridTable(widths, [
    row([cell(f, [{ text: head, bold: true }], { width: widths[0]!, align: 'center' }), cell(f, [{ text: '校准前', bold: true }], { width: widths[1]!, align: 'center' }), cell(f, [{ text: '校准后', bold: true }], { width: widths[2]!, align: 'center' })], { header: true }),
    ...rows.map((r) => row([cell(f, [r.label], { width: widths[0]! }), cell(f, [r.before], { width: widths[1]!, align: 'center' }), cell(f, [r.after], { width: widths[2]!, align: 'center' })])),
  ])
}

/** 校准会纪要 in the GB/T 9704 layout (title, 一、… headings, 3号 仿宋 body, tables in 小四). */
export function renderMinutesDocx(m: MinutesModel): Promise<Uint8Array> {
  const f = m.fonts
  let n = 0
  const h = (t: string) => headingParagraph(++n, t, f)
  const children: Array<Paragraph | Table> = [
    titleParagraph(m.title, f),
    subtitleParagraph(`${m.campaignName} · ${m.sessionTitle}`, f),
    h('基本情况'),
    ...bodyParagraphs(
      [`时间：${m.date}`, `主持人：${m.chair}`, `参会专家：${m.participants.join('、')}`, `样卷（${m.anchors.length} 份）：${m.anchors.join('；')}`, '样卷只用于校准，不计入本次评审的结果、排名和统计。'].join('\n'),
      f,
    ),
    h('校准前后统计对比'),
    beforeAfter(m, '统计量', m.stats),
    ...bodyParagraphs('各样卷的去高低分平均分与极差：', f),
    beforeAfter(m, '样卷', m.anchorRows.map((r) => ({ label: r.name, before: r.before, after: r.after }))),
    h('讨论的指标'),
    ...bodyParagraphs(m.discussed.length ? m.discussed.join('；') : '本次校准会未单独讨论指标。', f),
    h('复议与修改'),
    ...bodyParagraphs(
      m.revisions.length ? m.revisions.map((r, i) => `${i + 1}. ${r.expert}（${r.anchor}）：${r.change}。理由：${r.reason}`).join('\n') : '本次校准会无专家修改评分。',
      f,
    ),
    h('会议决定'),
    ...bodyParagraphs(m.decisions.length ? m.decisions.map((d, i) => `${i + 1}. ${d}`).join('\n') : '本次校准会未形成书面决定。', f),
    ...bodyParagraphs(m.closing, f),
    ...signOffParagraphs(['主持人签名：', `记录日期：${m.date}`], f),
  ]
  return packReport({ title: `${m.title}（${m.sessionTitle}）`, fonts: f, sections: [gbtSection(f, children)], date: new Date(m.documentDate) })
}
