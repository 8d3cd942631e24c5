import { WorkbenchError } from '../../domain/errors'
import { placeholderExpert } from '../../domain/workspace'
import { subjectName } from '../../domain/submissionLabel'
import { buildScoreSheetModel } from '../../reports/buildScoreSheetModel'
import { renderScoreSheetDocx } from '../../reports/docx/scoreSheetDocx'
import type { HandlerDeps } from '../shared/deps'
import { safeFileName } from '../../util/fileName'
import { DOCX_MIME } from '../shared/files'
import type { HandlersOf } from '../contract'
import { findSubmission, loadCampaign, requireExpertInCampaign } from '../shared/load'
import { reportFontHandlers, reportFontsOf } from './fontHandlers'

export function reportsHandlers(deps: HandlerDeps) {
  const { store } = deps
  return {
    ...reportFontHandlers(deps),
    'reports.scoreSheet': async ({ campaignId, expertId, submissionId }) => {
      const campaign = (await loadCampaign(store, campaignId)).data.campaign
      requireExpertInCampaign(campaign, expertId)
      const submission = findSubmission(campaign, submissionId)
      const sheet = (await store.sheetsShard(campaignId, expertId)).data.sheets[submissionId]
      if (!sheet || sheet.status !== 'submitted') {
        throw new WorkbenchError('SHEET_INCOMPLETE', '只有已提交的评分表才能导出专家评分表。')
      }
      const ws = (await store.workspaceShard()).data
      const expert = ws.experts.find((e) => e.id === expertId) ?? placeholderExpert(expertId)
      const model = buildScoreSheetModel({ campaign, sheet, expert, groups: ws.groups, fonts: reportFontsOf(ws) })
      const bytes = await renderScoreSheetDocx(model)
      return {
        fileName: safeFileName(`专家评分表_${submission.school}_${subjectName(submission)}_${expert.name}.docx`),
        mime: DOCX_MIME,
        base64: Buffer.from(bytes).toString('base64'),
      }
    },
  } satisfies HandlersOf<'reports'>
}
