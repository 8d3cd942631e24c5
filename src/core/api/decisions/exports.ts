import { buildDecisionListDocx, buildDecisionListXlsx, DECISION_LIST_FILE_NAMES } from '../../reports/decisionListFiles'
import { WorkbenchError } from '../../domain/errors'
import { safeFileName } from '../../util/fileName'
import type { HandlersOf } from '../contract'
import type { HandlerDeps } from '../shared/deps'
import { DOCX_MIME, XLSX_MIME } from '../shared/files'
import { loadDecisionsView } from './view'
import { reportFontsOf } from '../reports/fontHandlers'

/** The 评定 lists as files: the .docx of either list, the .xlsx of both. */
export function decisionsExports(deps: HandlerDeps) {
  async function source(campaignId: Parameters<typeof loadDecisionsView>[1]) {
    const { view } = await loadDecisionsView(deps, campaignId)
    if (view.notRankedReason) throw new WorkbenchError('CONFLICT', view.notRankedReason)
    const ws = (await deps.store.workspaceShard()).data
    // the workspace's one font setting (issue 13), the sign-off by the workspace's name, dated today
    return { view, options: { issuer: ws.name, date: deps.now(), fonts: reportFontsOf(ws) } }
  }
  return {
    'decisions.exportDocx': async ({ campaignId, document }) => {
      const { view, options } = await source(campaignId)
      const bytes = await buildDecisionListDocx(view, document, options)
      return { fileName: safeFileName(`${view.campaignName}_${DECISION_LIST_FILE_NAMES[document]}.docx`), mime: DOCX_MIME, base64: Buffer.from(bytes).toString('base64') }
    },
    'decisions.exportXlsx': async ({ campaignId }) => {
      const { view, options } = await source(campaignId)
      const bytes = await buildDecisionListXlsx(view, options)
      return { fileName: safeFileName(`${view.campaignName}_评审结果.xlsx`), mime: XLSX_MIME, base64: Buffer.from(bytes).toString('base64') }
    },
  } satisfies Pick<HandlersOf<'decisions'>, 'decisions.exportDocx' | 'decisions.exportXlsx'>
}
