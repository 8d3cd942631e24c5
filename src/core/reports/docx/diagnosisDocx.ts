import { AlignmentType, LineRuleType, PageBreak, Paragraph, type Table } from 'docx'
import type { DiagnosisReportModel } from '../diagnosis/diagnosisModel'
import { barSvg, BAR_ROW, RADAR_SIZE, radarSvg } from '../charts/svg'
import { svgToPng } from '../charts/renderPng'
import {
  bodyParagraphs,
  coverSection,
  FONT_SIZE,
  gbtSection,
  headingParagraph,
  imageParagraph,
  level3Paragraph,
  packReport,
  signOffParagraphs,
  subheadingParagraph,
  textRun,
  TEXT_WIDTH_PX,
  titleParagraph,
} from './gbt9704'
import { basicsTable, compareTables, issuesTable, panelTable, scoreSummaryTable } from './diagnosisTables'

export const DIAGNOSIS_TEXT = {
  sections: ['诊断工作概况', '专业基本情况', '总体评价', '分项诊断', '特色与亮点', '问题清单', '改进路径建议', '结论'] as const,
  compare: '复诊对比',
  pending: '（顾问尚未确认本部分内容）',
  noIssues: '（无）',
  annexList: ['附件：1. 评分汇总表', '2. 专家组名单', '3. 佐证材料清单'] as const,
  annex: (n: number) => `附件${n}`,
  annexTitles: ['评分汇总表', '专家组名单', '佐证材料清单'] as const,
  noEvidence: '（未上传佐证材料）',
  cover: { unit: '被诊断单位', body: '诊断单位', no: '报告编号', date: '报告日期' },
} as const
const T = DIAGNOSIS_TEXT

/** Pixel size of a chart in the document: the text block's width, the SVG's proportions. */
function chartSize(width: number, height: number): [number, number] {
  const w = Math.min(TEXT_WIDTH_PX, 560)
  return [w, Math.round((w * height) / width)]
}

export interface DiagnosisCharts {
  radar: Uint8Array
  bars: Uint8Array
}

/** Both charts of a report as PNG, from the same SVG the tests and the comparison screenshots use. */
export function renderDiagnosisCharts(m: DiagnosisReportModel): DiagnosisCharts {
  return { radar: svgToPng(radarSvg(m.overall.radar)), bars: svgToPng(barSvg(m.bars)) }
}

function coverPage(m: DiagnosisReportModel): Paragraph[] {
  const f = m.fonts
  const line = (label: string, value: string) =>
    new Paragraph({
      spacing: { line: 640, lineRule: LineRuleType.EXACT },
      indent: { left: 1600 },
      children: [textRun(`${label}：${value || '　'}`, { font: f.body })],
    })
  return [
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [textRun(m.cover.mark, { font: f.heading })] }),
    new Paragraph({ spacing: { before: 2800 }, children: [] }),
    titleParagraph(m.title, f),
    new Paragraph({ spacing: { before: 3000 }, children: [] }),
    line(T.cover.unit, m.cover.school),
    line(T.cover.body, m.cover.diagnosingBody),
    line(T.cover.no, m.cover.reportNo),
    line(T.cover.date, m.cover.date),
  ]
}

const orPending = (text: string, m: DiagnosisReportModel) => bodyParagraphs(text.trim() || T.pending, m.fonts)

/** 专业建设诊断报告 as .docx bytes: a cover without page number, the eight sections, 附件, sign-off. */
export function renderDiagnosisDocx(m: DiagnosisReportModel, charts: DiagnosisCharts = renderDiagnosisCharts(m)): Promise<Uint8Array> {
  const f = m.fonts
  const S = T.sections
  const [rw, rh] = chartSize(RADAR_SIZE.width, RADAR_SIZE.height)
  const [bw, bh] = chartSize(760, 30 + m.bars.bars.length * BAR_ROW + 40)
  const body: Array<Paragraph | Table> = [
    headingParagraph(1, S[0], f),
    ...bodyParagraphs(m.overview.join('\n'), f),
    headingParagraph(2, S[1], f),
    basicsTable(m),
    headingParagraph(3, S[2], f),
    ...bodyParagraphs(m.overall.text, f),
    imageParagraph(charts.radar, rw, rh),
    headingParagraph(4, S[3], f),
    imageParagraph(charts.bars, bw, bh),
    ...m.dimensions.flatMap((d, i) => [
      subheadingParagraph(i + 1, d.name, f),
      ...(d.parts.length ? d.parts.flatMap((p, k) => [level3Paragraph(k + 1, p.label, f), ...bodyParagraphs(p.text, f)]) : bodyParagraphs(T.pending, f)),
    ]),
    headingParagraph(5, S[4], f),
    ...orPending(m.closing.highlights, m),
    headingParagraph(6, S[5], f),
    ...(m.issues.length ? [issuesTable(m)] : bodyParagraphs(T.noIssues, f)),
    headingParagraph(7, S[6], f),
    ...orPending(m.closing.path, m),
    headingParagraph(8, S[7], f),
    ...orPending(m.closing.conclusion, m),
    ...(m.compare
      ? [subheadingParagraph(1, `${T.compare}（与${m.compare.campaignName}比较）`, f), ...compareTables(m)]
      : []),
    ...bodyParagraphs(T.annexList.join('\n'), f),
    ...signOffParagraphs([m.signOff.body, m.signOff.date], f),
    ...annexes(m),
  ]
  return packReport({
    title: m.title,
    fonts: f,
    sections: [coverSection(coverPage(m)), gbtSection(f, body, { restartNumbering: true })],
    date: new Date(m.issuedAt),
  })
}

function annexHeading(n: number, title: string, m: DiagnosisReportModel): Paragraph[] {
  return [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ children: [textRun(T.annex(n), { font: m.fonts.heading })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [textRun(title, { font: m.fonts.title, size: FONT_SIZE.title })] }),
  ]
}

function annexes(m: DiagnosisReportModel): Array<Paragraph | Table> {
  return [
    ...annexHeading(1, T.annexTitles[0], m),
    scoreSummaryTable(m),
    ...annexHeading(2, T.annexTitles[1], m),
    panelTable(m),
    ...annexHeading(3, T.annexTitles[2], m),
    ...bodyParagraphs(m.evidence.length ? m.evidence.map((e, i) => `${i + 1}. ${e}`).join('\n') : T.noEvidence, m.fonts),
  ]
}
