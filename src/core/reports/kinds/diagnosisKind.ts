import { buildDiagnosisReportModel } from '../diagnosis/diagnosisModel'
import { buildDiagnosisView } from '../diagnosis/diagnosisView'
import { renderDiagnosisDocx } from '../docx/diagnosisDocx'
import type { DocumentKind } from '../documentKinds'

/** 专业建设诊断报告: one per diagnosed program with at least one submitted sheet (diagnostic campaigns). */
export const diagnosisKind: DocumentKind = {
  id: 'diagnosis',
  label: '专业建设诊断报告',
  appliesTo: (c) => c.kind === 'diagnostic',
  list: (ctx) =>
    ctx.results.rows
      .filter((r) => r.submittedCount > 0)
      .map((r) => ({ key: r.submission.id, school: r.submission.school, subject: r.submission.program })),
  render: (ctx, key) => renderDiagnosisDocx(buildDiagnosisReportModel(ctx, key)),
  summary: (ctx, key) => {
    const v = buildDiagnosisView(ctx, key)
    return { total: v.profile.total === null ? '—' : v.profile.total.toFixed(2), outcome: v.gradeText }
  },
}
