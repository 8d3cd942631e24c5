import type { Paragraph, Table } from 'docx'
import type { ReportFonts } from '../../domain/reportFonts'
import type { ScoreSheetChecksModel } from '../scoreSheetChecks'
import { subheadingParagraph } from './gbt9704'
import { cell, gridTable, row } from './tables'

/** The 专家评分表's 资格条件 / 否决事项 / 加分项 blocks (scoreSheetChecks.ts), each a sub-heading and a table. */

export const CHECKS_TEXT = {
  eligibility: '资格条件',
  scores: '指标评分',
  bonus: '加分项',
  eligibilityColumns: ['序号', '资格条件', '结论'] as const,
  vetoColumns: ['序号', '事项', '是否提出', '依据'] as const,
  bonusColumns: ['序号', '加分项', '得分', '佐证要求'] as const,
  raised: '提出',
  notRaised: '未提出',
  none: '—',
} as const
const T = CHECKS_TEXT

const ELIGIBILITY_COLUMNS = [760, 6484, 1600] as const
const VETO_COLUMNS = [760, 3600, 1200, 3284] as const
const BONUS_COLUMNS = [760, 3600, 1200, 3284] as const

function headerRow(font: string, names: readonly string[], widths: readonly number[]) {
  return row(names.map((n, i) => cell(font, [{ text: n, bold: true }], { width: widths[i]!, align: 'center' })), { header: true })
}

export function eligibilityBlock(c: ScoreSheetChecksModel, fonts: ReportFonts, n: number): Array<Paragraph | Table> {
  if (c.eligibility.length === 0) return []
  const w = ELIGIBILITY_COLUMNS
  const f = fonts.body
  return [
    subheadingParagraph(n, T.eligibility, fonts),
    gridTable(w, [
      headerRow(f, T.eligibilityColumns, w),
      ...c.eligibility.map((e, i) =>
        row([
          cell(f, [String(i + 1)], { width: w[0], align: 'center' }),
          cell(f, [e.text], { width: w[1] }),
          cell(f, [{ text: e.answer, bold: e.answer !== '符合' }], { width: w[2], align: 'center' }),
        ]),
      ),
    ]),
  ]
}

export function vetoBlock(c: ScoreSheetChecksModel, fonts: ReportFonts, n: number): Array<Paragraph | Table> {
  if (c.vetoes.length === 0) return []
  const w = VETO_COLUMNS
  const f = fonts.body
  return [
    subheadingParagraph(n, c.vetoHeading, fonts),
    gridTable(w, [
      headerRow(f, T.vetoColumns, w),
      ...c.vetoes.map((v, i) =>
        row([
          cell(f, [String(i + 1)], { width: w[0], align: 'center' }),
          cell(f, [v.text], { width: w[1] }),
          cell(f, [{ text: v.raised ? T.raised : T.notRaised, bold: v.raised }], { width: w[2], align: 'center' }),
          cell(f, [v.raised ? v.evidence : T.none], { width: w[3], align: v.raised ? 'left' : 'center' }),
        ]),
      ),
    ]),
  ]
}

export function bonusBlock(c: ScoreSheetChecksModel, fonts: ReportFonts, n: number, format: (x: number) => string): Array<Paragraph | Table> {
  // the points are in the indicator table already; this block is for the evidence each item asks for
  if (!c.bonus.some((b) => b.evidence)) return []
  const w = BONUS_COLUMNS
  const f = fonts.body
  return [
    subheadingParagraph(n, T.bonus, fonts),
    gridTable(w, [
      headerRow(f, T.bonusColumns, w),
      ...c.bonus.map((b, i) =>
        row([
          cell(f, [String(i + 1)], { width: w[0], align: 'center' }),
          cell(f, [b.name], { width: w[1] }),
          cell(f, [`${format(b.points)}/${format(b.max)}`], { width: w[2], align: 'center' }),
          cell(f, [b.evidence || T.none], { width: w[3], align: b.evidence ? 'left' : 'center' }),
        ]),
      ),
    ]),
  ]
}
