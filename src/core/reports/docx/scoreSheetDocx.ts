import type { Paragraph, Table, TableRow } from 'docx'
import { round } from '../../util/round'
import type { ScoreSheetReportModel } from '../scoreSheetModel'
import {
  bodyParagraphs,
  gbtSection,
  headingParagraph,
  noteParagraph,
  packReport,
  signOffParagraphs,
  subheadingParagraph,
  subtitleParagraph,
  titleParagraph,
} from './gbt9704'
import { cell, gridTable, row, spanWidth, type CellText } from './tables'
import { bonusBlock, CHECKS_TEXT, eligibilityBlock, vetoBlock } from './scoreSheetChecksDocx'
import { hasChecks } from '../scoreSheetChecks'
import { signatureBlock } from './signatureBlock'

/** Every user-visible string of the 专家评分表, in one place (docs/design/style.md: one place per feature). */
export const SCORE_SHEET_TEXT = {
  sections: { info: '基本信息', scores: '评分明细', comment: '评审意见', declaration: '回避与诚信声明' },
  info: {
    campaign: '评审活动',
    kind: '评审类型',
    rubric: '指标体系',
    school: '申报单位',
    program: '专业',
    group: '协作组',
    applicant: '申报人',
    expert: '评审专家',
    expertTitle: '职称',
    unit: '工作单位',
  },
  rubricVersion: (v: number) => `（第${v}版）`,
  columns: ['一级指标', '二级指标', '分值', '等级', '得分'] as const,
  dimensionPoints: (p: string) => `（${p}分）`,
  subtotal: (s: string) => `小计 ${s}`,
  bonus: '加分项',
  bonusCap: (p: string) => `（上限${p}分）`,
  total: '合计',
  grade: '评定等次',
  notScored: '—',
  keyMark: '★',
  keyNote: '注：标★者为关键指标。',
  noComment: '（无）',
  signature: '专家签名：________________',
  date: (d: string) => `日期：${d || '　　年　　月　　日'}`,
  verification: (code: string | null) => `验证码：${code ?? '（签署后生成）'}`,
  /** the submission's id only as a small reference beside the version (issue 9 item 10: named by school and program above) */
  /** the submitted version (第1版, 第2版 after a reopening), never the autosave counter (issue 11) */
  footer: (v: number, submissionId: string) => `评分表第${v}版 · 编号 ${submissionId}`,
} as const

const T = SCORE_SHEET_TEXT

/** Scores, totals and subtotals: always two decimals (docs/domain/review-kinds.md "Two decimals"). */
export function formatScore(n: number): string {
  return round(n, 2).toFixed(2)
}

/** An indicator's points: whole points as printed in the rubric ("4"), fractions with two decimals. */
export function formatPoints(n: number): string {
  const r = round(n, 2)
  return Number.isInteger(r) ? String(r) : r.toFixed(2)
}

/** Info table: label | value | label | value (156 mm). */
const INFO_COLUMNS = [1500, 2922, 1500, 2922] as const

function infoTable(m: ScoreSheetReportModel): Table {
  const font = m.fonts.body
  const w = (from: number, span = 1) => spanWidth(INFO_COLUMNS, from, span)
  const label = (text: string, from: number) => cell(font, [{ text, bold: true }], { width: w(from), align: 'center' })
  const value = (text: string, from: number, span = 1) =>
    cell(font, [text], { width: w(from, span), columnSpan: span > 1 ? span : undefined })
  const pair = (l1: string, v1: string, l2: string, v2: string) =>
    row([label(l1, 0), value(v1, 1), label(l2, 2), value(v2, 3)])
  const wide = (l: string, v: string) => row([label(l, 0), value(v, 1, 3)])
  const s = m.submission
  // what is judged, two fields a row; a long one (成果名称, 完成人, 团队) across the row
  const fields = s.fields ?? [
    { label: T.info.school, value: s.school },
    { label: T.info.program, value: s.program },
  ]
  const subjectRows: TableRow[] = []
  for (let i = 0; i < fields.length; ) {
    const a = fields[i]!
    const b = fields[i + 1]
    if (a.value.length > 14 || !b || b.value.length > 14) {
      subjectRows.push(wide(a.label, a.value))
      i += 1
    } else {
      subjectRows.push(pair(a.label, a.value, b.label, b.value))
      i += 2
    }
  }
  return gridTable(INFO_COLUMNS, [
    wide(T.info.campaign, m.campaignName),
    pair(T.info.kind, m.reviewKindLabel, T.info.rubric, `${m.rubricName}${T.rubricVersion(m.rubricVersion)}`),
    ...subjectRows,
    s.applicant ? pair(T.info.group, s.groupName, T.info.applicant, s.applicant) : wide(T.info.group, s.groupName),
    pair(T.info.expert, m.expert.name, T.info.expertTitle, m.expert.title),
    wide(T.info.unit, m.expert.unit),
  ])
}

/** Indicator table: 一级指标 | 二级指标 | 分值 | 等级 | 得分 (156 mm). */
const SCORE_COLUMNS = [1700, 3000, 760, 2544, 840] as const

type ScoreRow = ScoreSheetReportModel['rows'][number]

/** Consecutive rows of the same 一级指标, in model order. */
function groupByDimension(rows: readonly ScoreRow[]): ScoreRow[][] {
  const groups: ScoreRow[][] = []
  for (const r of rows) {
    const last = groups.at(-1)
    if (last && last[0]!.dimensionName === r.dimensionName) last.push(r)
    else groups.push([r])
  }
  return groups
}

function levelLines(r: ScoreRow): CellText[] {
  const lines: CellText[] = []
  if (r.level) lines.push({ text: r.level, bold: true })
  if (r.levelLabel) lines.push({ text: r.levelLabel, small: true })
  return lines.length > 0 ? lines : [{ text: T.notScored }]
}

function scoreTable(m: ScoreSheetReportModel): Table {
  const font = m.fonts.body
  const w = (from: number, span = 1) => spanWidth(SCORE_COLUMNS, from, span)
  const header = row(
    T.columns.map((c, i) => cell(font, [{ text: c, bold: true }], { width: w(i), align: 'center' })),
    { header: true },
  )
  const body = groupByDimension(m.rows).flatMap((group) =>
    group.map((r, i) => {
      const subtotal = m.dimensionSubtotals.find((d) => d.name === r.dimensionName)
      const dimensionLines: CellText[] = [
        { text: r.dimensionName, bold: true },
        { text: T.dimensionPoints(formatPoints(r.dimensionPoints)) },
        ...(subtotal ? [{ text: T.subtotal(formatScore(subtotal.score)), small: true }] : []),
      ]
      const keepNext = i < group.length - 1
      return row([
        cell(font, dimensionLines, { width: w(0), align: 'center', merge: i === 0 ? 'restart' : 'continue', keepNext }),
        cell(font, [`${r.key ? T.keyMark : ''}${r.indicatorCode} ${r.indicatorName}`], { width: w(1), keepNext }),
        cell(font, [formatPoints(r.points)], { width: w(2), align: 'center', keepNext }),
        cell(font, levelLines(r), { width: w(3), align: 'center', keepNext }),
        cell(font, [r.score === null ? T.notScored : formatScore(r.score)], { width: w(4), align: 'center', keepNext }),
      ])
    }),
  )
  const bonus = m.bonus ? bonusRows(m.bonus, font, w) : []
  const total = row([
    cell(font, [{ text: T.total, bold: true }], { width: w(0, 2), columnSpan: 2, align: 'center' }),
    cell(font, [formatPoints(m.max)], { width: w(2), align: 'center' }),
    cell(font, [], { width: w(3) }),
    cell(font, [{ text: formatScore(m.total), bold: true }], { width: w(4), align: 'center' }),
  ])
  const gradeLines: CellText[] = [
    { text: m.gradeText, bold: true },
    ...(m.bonus?.note ? [{ text: `（${m.bonus.note}）`, small: true }] : []),
    ...(m.gradeCapReason ? [{ text: `（${m.gradeCapReason}）`, small: true }] : []),
  ]
  const grade = row([
    cell(font, [{ text: m.gradeHeading ?? T.grade, bold: true }], { width: w(0, 2), columnSpan: 2, align: 'center' }),
    cell(font, gradeLines, { width: w(2, 3), columnSpan: 3, align: 'center' }),
  ])
  return gridTable(SCORE_COLUMNS, [header, ...body, ...bonus, total, grade])
}

/**
 * 加分项 as its own block (docs/domain/review-kinds.md "printed as its own row"): a merged first cell with the
 * cap and the subtotal after the cap, one row per item. The 一级指标 subtotals and this one add up
 * to the 合计.
 */
function bonusRows(b: NonNullable<ScoreSheetReportModel['bonus']>, font: string, w: (from: number, span?: number) => number): TableRow[] {
  const first: CellText[] = [{ text: T.bonus, bold: true }, { text: T.bonusCap(formatPoints(b.cap)) }, { text: T.subtotal(formatScore(b.subtotal)), small: true }]
  return b.items.map((item, i) =>
    row([
      cell(font, first, { width: w(0), align: 'center', merge: i === 0 ? 'restart' : 'continue', keepNext: i < b.items.length - 1 }),
      cell(font, [item.name], { width: w(1) }),
      cell(font, [formatPoints(item.points)], { width: w(2), align: 'center' }),
      cell(font, [{ text: T.notScored }], { width: w(3), align: 'center' }),
      cell(font, [formatScore(item.score)], { width: w(4), align: 'center' }),
    ]),
  )
}

/**
 * 二、评分明细: the indicator table alone, or — when the rubric has 资格条件, 否决事项 or 加分项 —
 * （一）资格条件 （二）指标评分 （三）否决事项 （四）加分项, numbered as they appear.
 */
function scoresSection(model: ScoreSheetReportModel): Array<Paragraph | Table> {
  const f = model.fonts
  const scores = [scoreTable(model), ...(model.rows.some((r) => r.key) ? [noteParagraph(T.keyNote, f)] : [])]
  const c = model.checks
  if (!c || !hasChecks(c)) return scores
  let n = 0
  const next = () => ++n
  const eligibility = eligibilityBlock(c, f, c.eligibility.length ? next() : 0)
  const scored = [subheadingParagraph(next(), CHECKS_TEXT.scores, f), ...scores]
  const vetoes = vetoBlock(c, f, c.vetoes.length ? next() : 0)
  const bonus = bonusBlock(c, f, c.bonus.some((b) => b.evidence) ? next() : 0, formatPoints)
  return [...eligibility, ...scored, ...vetoes, ...bonus]
}

/**
 * 专家评分表 (docs/domain/report-format.md, document 1) as .docx bytes: title and campaign, 基本信息, 评分明细 with
 * merged 一级指标 cells, total and grade, 评审意见, 回避与诚信声明, sign-off with the verification code,
 * page numbers "— n —" in the footer with the sheet version.
 */
export async function renderScoreSheetDocx(model: ScoreSheetReportModel): Promise<Uint8Array> {
  const f = model.fonts
  const children: Array<Paragraph | Table> = [
    titleParagraph(model.title, f),
    subtitleParagraph(model.campaignName, f),
    headingParagraph(1, T.sections.info, f),
    infoTable(model),
    headingParagraph(2, T.sections.scores, f),
    ...scoresSection(model),
    headingParagraph(3, T.sections.comment, f),
    ...bodyParagraphs(model.comment.trim() || T.noComment, f),
    // the declaration keeps with the sign-off below it, so the signature never stands alone on the last page
    headingParagraph(4, T.sections.declaration, f),
    ...bodyParagraphs(model.declaration, f, { keepWithNext: true }),
    // a signed sheet: the 平台内签署确认 block (signatureBlock.ts); one submitted before signing: the blank sign-off
    ...(model.signing
      ? [await signatureBlock(model, model.signing)]
      : signOffParagraphs([T.signature, T.date(model.submittedDate), T.verification(model.verificationCode)], f)),
  ]
  return packReport({
    title: model.title,
    fonts: f,
    sections: [gbtSection(f, children, { footerNote: T.footer(model.submittedVersion, model.submission.id) })],
    date: new Date(model.issuedAt),
  })
}
