import { subjectName } from '../../domain/submissionLabel'
import { buildPanelOpinionModel } from '../panelOpinionModel'
import { renderPanelOpinionDocx } from '../docx/panelOpinionDocx'
import type { DocumentKind } from '../documentKinds'

/** 专家组评审意见: one per submission with at least one submitted sheet. */
export const panelOpinionKind: DocumentKind = {
  id: 'panelOpinion',
  label: '专家组评审意见',
  appliesTo: () => true,
  list: (ctx) =>
    ctx.results.rows
      .filter((r) => r.submittedCount > 0)
      .map((r) => ({ key: r.submission.id, school: r.submission.school, subject: subjectName(r.submission) })),
  render: (ctx, key) => renderPanelOpinionDocx(buildPanelOpinionModel(ctx, key)),
  summary: (ctx, key) => {
    const m = buildPanelOpinionModel(ctx, key)
    return { total: m.resultText, outcome: m.outcomeText }
  },
}
