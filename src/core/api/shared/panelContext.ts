import { groupNamesFor } from '../../domain/groupRules'
import type { Campaign, Expert } from '../../domain/workspace'
import { conflictMatrix } from '../../panel/conflicts'
import type { HandlerDeps } from './deps'
import { loadCampaign } from './load'

/** A campaign with its experts and 回避 matrix, as conflicts.* and assignments.* need it. */
export async function panelContext({ store, now }: Pick<HandlerDeps, 'store' | 'now'>, campaignId: Campaign['id']) {
  const shard = await loadCampaign(store, campaignId)
  const ws = (await store.workspaceShard()).data
  const campaign = shard.data.campaign
  const experts = campaign.expertIds.map((id) => ws.experts.find((e) => e.id === id)).filter((e): e is Expert => !!e)
  const matrix = conflictMatrix(experts, campaign.submissions, campaign.panel, now().getFullYear(), campaign.conflictDecisions, campaign.declaredConflicts)
  // the names the campaign was run under (a renamed 协作组 keeps its old name here)
  const groupNames = groupNamesFor(ws.groups, campaign.createdAt)
  return { shard, campaign, experts, matrix, groupNames }
}
