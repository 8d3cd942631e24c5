import type { Paragraph, Table } from 'docx'
import type { PanelOpinionModel } from '../panelOpinionModel'
import {
  bodyParagraphs,
  gbtSection,
  headingParagraph,
  packReport,
  signOffParagraphs,
  subheadingParagraph,
  subtitleParagraph,
  titleParagraph,
} from './gbt9704'
import { cell, gridTable, row } from './tables'

export const PANEL_OPINION_TEXT = {
  sections: { info: '基本情况', scores: '专家评分', result: '评审结果', opinion: '专家组意见', signatures: '专家组签名' },
  group: '协作组',
  kind: '评审类型',
  scoreColumns: ['序号', '姓名', '职责', '工作单位', '总分'] as const,
  signColumns: ['序号', '姓名', '职责', '职称', '签名'] as const,
  rule: (t: string) => `合成规则：${t.replace(/。$/, '')}。`,
  result: (r: string, dropped: string) => `专家组评审结果：${r}${dropped ? `（${dropped}）` : ''}。`,
  outcome: (h: string, t: string) => `${h}：${t}。`,
  opinion: { strengths: '主要优点与特色', problems: '存在问题', advice: '改进建议', comments: '专家综合意见' },
  none: '（无）',
  chair: '专家组组长（签名）：________________',
  date: (d: string) => `日期：${d}`,
} as const
const T = PANEL_OPINION_TEXT

const INFO = [1800, 7044] as const
const SCORE = [760, 1500, 1000, 4384, 1200] as const
const SIGN = [760, 1500, 1000, 2284, 3300] as const

function infoTable(m: PanelOpinionModel): Table {
  const f = m.fonts.body
  const line = (label: string, value: string) =>
    row([cell(f, [{ text: label, bold: true }], { width: INFO[0], align: 'center' }), cell(f, [value], { width: INFO[1] })])
  return gridTable(INFO, [
    line(T.kind, m.reviewKindLabel),
    ...m.fields.map((x) => line(x.label, x.value)),
    line(T.group, m.groupName || '—'),
  ])
}

function expertTable(m: PanelOpinionModel, columns: readonly string[], widths: readonly number[], last: (e: PanelOpinionModel['experts'][number]) => string[]): Table {
  const f = m.fonts.body
  const head = row(columns.map((c, i) => cell(f, [{ text: c, bold: true }], { width: widths[i]!, align: 'center' })), { header: true })
  const body = m.experts.map((e, i) =>
    row([
      cell(f, [String(i + 1)], { width: widths[0]!, align: 'center' }),
      cell(f, [e.name], { width: widths[1]!, align: 'center' }),
      cell(f, [e.role], { width: widths[2]!, align: 'center' }),
      ...last(e).map((t, j) => cell(f, t ? [t] : [], { width: widths[3 + j]!, align: j === 0 ? 'left' : 'center' })),
    ]),
  )
  return gridTable(widths, [head, ...body])
}

function opinionBlocks(m: PanelOpinionModel): Array<Paragraph | Table> {
  const f = m.fonts
  const parts = (Object.keys(T.opinion) as Array<keyof typeof T.opinion>).filter((k) => m.opinion[k].length > 0)
  if (parts.length === 0) return bodyParagraphs(T.none, f)
  return parts.flatMap((k, i) => [subheadingParagraph(i + 1, T.opinion[k], f), ...bodyParagraphs(m.opinion[k].map((t, j) => `${j + 1}. ${t.replace(/\s*\n\s*/g, '；')}`).join('\n'), f)])
}

/** 专家组评审意见 as .docx bytes (GB/T 9704 through packReport). */
export function renderPanelOpinionDocx(m: PanelOpinionModel): Promise<Uint8Array> {
  const f = m.fonts
  const children: Array<Paragraph | Table> = [
    titleParagraph(m.title, f),
    subtitleParagraph(m.campaignName, f),
    headingParagraph(1, T.sections.info, f),
    infoTable(m),
    headingParagraph(2, T.sections.scores, f),
    expertTable(m, T.scoreColumns, SCORE, (e) => [e.unit, e.total]),
    headingParagraph(3, T.sections.result, f),
    ...bodyParagraphs(
      [T.rule(m.ruleText), T.result(m.resultText, m.droppedText), T.outcome(m.outcomeHeading, m.outcomeText), ...m.vetoLines.map((l) => `${l}。`), m.provisionalNote].filter(Boolean).join('\n'),
      f,
    ),
    headingParagraph(4, T.sections.opinion, f),
    ...opinionBlocks(m),
    headingParagraph(5, T.sections.signatures, f),
    expertTable(m, T.signColumns, SIGN, (e) => [e.title, '']),
    ...signOffParagraphs([T.chair, T.date(m.date)], f),
  ]
  return packReport({ title: m.title, fonts: f, sections: [gbtSection(f, children)], date: new Date(m.issuedAt) })
}
