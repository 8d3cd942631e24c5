import type { Table } from 'docx'
import type { DiagnosisReportModel } from '../diagnosis/diagnosisModel'
import { cell, gridTable, row } from './tables'

/** The tables of the 专业建设诊断报告: 基本情况, 问题清单, 复诊对比, and the 附件 score and panel lists. */

function header(font: string, names: readonly string[], w: readonly number[]) {
  return row(names.map((n, i) => cell(font, [{ text: n, bold: true }], { width: w[i]!, align: 'center' })), { header: true })
}

export function basicsTable(m: DiagnosisReportModel): Table {
  const w = [2400, 6444] as const
  const f = m.fonts.body
  return gridTable(w, m.basics.map((b) => row([cell(f, [{ text: b.label, bold: true }], { width: w[0], align: 'center' }), cell(f, [b.value], { width: w[1] })])))
}

export function issuesTable(m: DiagnosisReportModel): Table {
  const w = [700, 1300, 3944, 1600, 1300] as const
  const f = m.fonts.body
  return gridTable(w, [
    header(f, ['序号', '类别', '问题', '责任部门（人）', '整改期限'], w),
    ...m.issues.map((i, k) =>
      row([
        cell(f, [String(k + 1)], { width: w[0], align: 'center' }),
        cell(f, [{ text: i.kind, bold: i.kind === '必须整改' }], { width: w[1], align: 'center' }),
        cell(f, [i.text], { width: w[2] }),
        cell(f, [i.owner || '—'], { width: w[3], align: 'center' }),
        cell(f, [i.deadline || '—'], { width: w[4], align: 'center' }),
      ]),
    ),
  ])
}

export function compareTables(m: DiagnosisReportModel): Table[] {
  const c = m.compare
  if (!c) return []
  const f = m.fonts.body
  const w = [3444, 1800, 1800, 1800] as const
  const sign = (d: number | null) => (d === null ? '—' : `${d > 0 ? '+' : ''}${d}`)
  const dims = gridTable(w, [
    header(f, ['一级指标', '上次达成度', '本次达成度', '变化（百分点）'], w),
    ...c.dimensions.map((d) =>
      row([
        cell(f, [d.name], { width: w[0] }),
        cell(f, [d.before === null ? '—' : `${d.before}%`], { width: w[1], align: 'center' }),
        cell(f, [d.after === null ? '—' : `${d.after}%`], { width: w[2], align: 'center' }),
        cell(f, [sign(d.delta)], { width: w[3], align: 'center' }),
      ]),
    ),
  ])
  if (c.issues.length === 0) return [dims]
  const w2 = [700, 1300, 5344, 1500] as const
  const issues = gridTable(w2, [
    header(f, ['序号', '类别', '上次诊断的问题', '本次状态'], w2),
    ...c.issues.map((i, k) =>
      row([
        cell(f, [String(k + 1)], { width: w2[0], align: 'center' }),
        cell(f, [i.kind === 'mustFix' ? '必须整改' : '建议改进'], { width: w2[1], align: 'center' }),
        cell(f, [i.text], { width: w2[2] }),
        cell(f, [{ text: i.solved ? '已解决' : '未解决', bold: !i.solved }], { width: w2[3], align: 'center' }),
      ]),
    ),
  ])
  return [dims, issues]
}

export function scoreSummaryTable(m: DiagnosisReportModel): Table {
  const w = [3444, 1200, 1400, 1400, 1400] as const
  const f = m.fonts.body
  return gridTable(w, [
    header(f, ['一级指标', '满分', '得分', '达成度', '联盟平均'], w),
    ...m.scoreTable.map((r) =>
      row([
        cell(f, [r.name], { width: w[0] }),
        cell(f, [String(r.max)], { width: w[1], align: 'center' }),
        cell(f, [r.points], { width: w[2], align: 'center' }),
        cell(f, [r.pct], { width: w[3], align: 'center' }),
        cell(f, [r.average], { width: w[4], align: 'center' }),
      ]),
    ),
  ])
}

export function panelTable(m: DiagnosisReportModel): Table {
  const w = [700, 1500, 3644, 1300, 1700] as const
  const f = m.fonts.body
  return gridTable(w, [
    header(f, ['序号', '姓名', '工作单位', '职称', '签名'], w),
    ...m.panel.map((p, k) =>
      row([
        cell(f, [String(k + 1)], { width: w[0], align: 'center' }),
        cell(f, [p.name], { width: w[1], align: 'center' }),
        cell(f, [p.unit], { width: w[2] }),
        cell(f, [p.title], { width: w[3], align: 'center' }),
        cell(f, [], { width: w[4] }),
      ]),
    ),
  ])
}
