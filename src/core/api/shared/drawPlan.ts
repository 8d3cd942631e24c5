import type { Campaign, Expert, ScoreSheet } from '../../domain/workspace'
import type { WorkspaceStore } from '../../storage/workspaceStore'
import type { ConflictMatrix } from '../../panel/conflicts'
import { planDraw, type PlanDrawResult } from '../../panel/redraw'
import { workHolders, type WorkHolder } from '../../panel/scoredWork'
import { countedSubmissions } from '../../calibration/anchors'

/** Saved work per submission in a campaign, read from every expert's sheets shard on disk. */
export async function campaignWorkHolders(store: WorkspaceStore, campaign: Campaign): Promise<Map<string, WorkHolder[]>> {
  const sheetsByExpert = new Map<string, Record<string, ScoreSheet>>()
  const ids = new Set([...campaign.expertIds, ...(await store.sheetExpertIds(campaign.id))])
  for (const id of ids) sheetsByExpert.set(id, (await store.sheetsShard(campaign.id, id)).data.sheets)
  return workHolders(sheetsByExpert)
}

/** Loads what a draw needs and plans it (panel/redraw.ts); the same plan for the preview and the draw. */
export async function planCampaignDraw(
  store: WorkspaceStore,
  ctx: { campaign: Campaign; experts: Expert[]; matrix: ConflictMatrix; groupNames: Record<string, string> },
  opts: { seed: string; keepExisting: boolean; partial: boolean },
): Promise<{ plan: PlanDrawResult; holders: Map<string, WorkHolder[]> }> {
  const holders = await campaignWorkHolders(store, ctx.campaign)
  const plan = planDraw({
    // anchors (样卷) of a calibration session are scored by its participants, never drawn
    submissions: countedSubmissions(ctx.campaign),
    experts: ctx.experts,
    settings: ctx.campaign.panel,
    matrix: ctx.matrix,
    seed: opts.seed,
    current: ctx.campaign.assignments,
    holders,
    keepExisting: opts.keepExisting,
    partial: opts.partial,
    groupNames: ctx.groupNames,
  })
  return { plan, holders }
}
