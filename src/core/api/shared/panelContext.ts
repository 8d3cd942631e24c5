import { groupNamesFor } from '../../domain/groupRules'
import type { Campaign, Expert, WorkspaceFile } from '../../domain/workspace'
import { conflictMatrix, type ConflictMatrix } from '../../panel/conflicts'
import { deepFreeze } from '../../storage/readonly'
import { sliceClock } from '../../util/slices'
import type { HandlerDeps } from './deps'
import { loadCampaign } from './load'

/** per stored campaign object: the matrix built from it, the workspace file and the year it was built for */
const matrices = new WeakMap<object, { ws: object; year: number; matrix: ConflictMatrix }>()

/**
 * The 回避 matrix of a campaign (panel/conflicts.ts), built once per stored state of the campaign and
 * the workspace (both are frozen and replaced on every change, so their identity names their content)
 * and year. Built in slices of a few ms with a turn of the event loop in between (util/slices.ts): 7
 * experts × 1,000 submissions is 7,000 pairs, one block of ~100 ms on this machine when built at once (issue 14).
 */
async function matrixOf(campaign: Campaign, ws: WorkspaceFile, experts: readonly Expert[], year: number): Promise<ConflictMatrix> {
  const hit = matrices.get(campaign)
  if (hit && hit.ws === ws && hit.year === year) return hit.matrix
  const matrix: ConflictMatrix = {}
  const clock = sliceClock()
  for (const e of experts) {
    // a hundred submissions at a time: one expert's thousand took ~15 ms in one piece, more on a busy machine
    for (let from = 0; from < campaign.submissions.length; from += 100) {
      const part = campaign.submissions.slice(from, from + 100)
      Object.assign(matrix, conflictMatrix([e], part, campaign.panel, year, campaign.conflictDecisions, campaign.declaredConflicts))
      const y = clock.maybeYield()
      if (y) await y
    }
  }
  // shared by every call until the campaign or the pool changes: frozen, so no caller can change it
  deepFreeze(matrix)
  matrices.set(campaign, { ws, year, matrix })
  return matrix
}

/** A campaign with its experts and 回避 matrix, as conflicts.* and assignments.* need it. */
export async function panelContext({ store, now }: Pick<HandlerDeps, 'store' | 'now'>, campaignId: Campaign['id']) {
  const shard = await loadCampaign(store, campaignId)
  const ws = (await store.workspaceShard()).data
  const campaign = shard.data.campaign
  const experts = campaign.expertIds.map((id) => ws.experts.find((e) => e.id === id)).filter((e): e is Expert => !!e)
  const matrix = await matrixOf(campaign, ws, experts, now().getFullYear())
  // the names the campaign was run under (a renamed 协作组 keeps its old name here)
  const groupNames = groupNamesFor(ws.groups, campaign.createdAt)
  return { shard, campaign, experts, matrix, groupNames }
}
