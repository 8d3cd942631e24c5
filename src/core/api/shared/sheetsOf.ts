import type { CampaignId, ExpertId } from '../../domain/ids'
import type { Campaign, ScoreSheet } from '../../domain/workspace'
import type { WorkspaceStore } from '../../storage/workspaceStore'

/** Every expert's sheets in a campaign: the campaign's experts and any sheets file on disk (read only). */
export async function campaignSheets(store: WorkspaceStore, campaign: Campaign): Promise<Map<string, Readonly<Record<string, ScoreSheet>>>> {
  const ids = new Set<ExpertId>([...campaign.expertIds, ...(await store.sheetExpertIds(campaign.id as CampaignId))])
  const out = new Map<string, Readonly<Record<string, ScoreSheet>>>()
  for (const id of ids) out.set(id, (await store.sheetsShard(campaign.id as CampaignId, id)).data.sheets as Record<string, ScoreSheet>)
  return out
}
