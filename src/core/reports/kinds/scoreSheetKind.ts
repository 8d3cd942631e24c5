import { subjectName } from '../../domain/submissionLabel'
import { buildScoreSheetModel } from '../buildScoreSheetModel'
import { renderSignedScoreSheet } from '../signedScoreSheet'
import type { DocumentKind } from '../documentKinds'
import { expertView } from '../../domain/blind'

/** 专家评分表: one per submitted sheet. In a 盲评 the file is named by the blind code, as the sheet shows. */
export const scoreSheetKind: DocumentKind = {
  id: 'scoreSheet',
  label: '专家评分表',
  appliesTo: () => true,
  list: (ctx) =>
    ctx.campaign.submissions.flatMap((s) =>
      ctx.experts.flatMap((e) => {
        const sheet = ctx.sheets.get(e.id)?.[s.id]
        if (sheet?.status !== 'submitted') return []
        const shown = expertView(ctx.campaign, s)
        return [{ key: `${e.id}:${s.id}`, school: shown.school, subject: subjectName(shown), qualifier: e.name }]
      }),
    ),
  render: async (ctx, key) => {
    const [expertId, submissionId] = key.split(':') as [string, string]
    const sheet = ctx.sheets.get(expertId)![submissionId]!
    const expert = ctx.experts.find((e) => e.id === expertId)!
    const signatureImage = ctx.signing?.signatureImages.get(expertId)
    const model = buildScoreSheetModel({ campaign: ctx.campaign, sheet, expert, groups: ctx.groups, fonts: ctx.fonts, signatureImage })
    // a signed sheet: the signed document (issue 11), recorded in the register when the workspace sealed it
    const { bytes, signature } = await renderSignedScoreSheet(model, ctx.campaign.id, sheet, ctx.signing?.workspaceKey)
    if (signature) await ctx.signing?.issued(signature, bytes)
    return bytes
  },
}
