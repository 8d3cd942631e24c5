import { placeholderExpert, type Campaign, type ScoreSheet } from '../../domain/workspace'
import type { CampaignId } from '../../domain/ids'
import { buildDecisionsView } from '../../decisions/decisionsView'
import { isRanked } from '../../scoring/outcome'
import { resultsHandlers } from '../results/handlers'
import type { HandlerDeps } from '../shared/deps'
import { loadCampaign } from '../shared/load'
import type { DecisionsView } from './outputs'

export { decisionsOf, motionText } from '../../decisions/decisionsView'

/**
 * Loads what the view is built from — the campaign, results.summary, the experts' sheets — and builds it.
 */
export async function loadDecisionsView(deps: HandlerDeps, campaignId: CampaignId): Promise<{ campaign: Campaign; view: DecisionsView }> {
  const { store } = deps
  const campaign = (await loadCampaign(store, campaignId)).data.campaign
  const pool = (await store.workspaceShard()).data.experts
  const nameOf = (id: string) => (pool.find((e) => e.id === id) ?? placeholderExpert(id as never)).name
  const ranked = isRanked(campaign.rubric)
  const summary = ranked ? await resultsHandlers(deps)['results.summary']({ campaignId }) : null
  const sheets = new Map<string, Record<string, ScoreSheet>>()
  if (ranked) for (const id of campaign.expertIds) sheets.set(id, (await store.sheetsShard(campaignId, id)).data.sheets)
  return { campaign, view: buildDecisionsView({ campaign, summary, sheets, nameOf }) }
}
