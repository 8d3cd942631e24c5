import { WorkbenchError } from '../../domain/errors'
import type { CampaignId, ExpertId, SubmissionId } from '../../domain/ids'
import type { Campaign, Submission } from '../../domain/workspace'
import type { WorkspaceStore } from '../../storage/workspaceStore'
import { isAssigned } from '../../scoring/progress'

/** The campaign's shard, or NOT_FOUND in words a user understands. */
export async function loadCampaign(store: WorkspaceStore, campaignId: CampaignId) {
  if (!(await store.campaignIds()).includes(campaignId)) {
    throw new WorkbenchError('NOT_FOUND', `评审活动 ${campaignId} 不存在。`)
  }
  return store.campaignShard(campaignId)
}

export function findSubmission(campaign: Campaign, id: SubmissionId): Submission {
  const s = campaign.submissions.find((x) => x.id === id)
  if (!s) throw new WorkbenchError('NOT_FOUND', `评审活动「${campaign.name}」中没有申报 ${id}。`)
  return s
}

export function requireExpertInCampaign(campaign: Campaign, expertId: ExpertId): void {
  if (!campaign.expertIds.includes(expertId)) {
    throw new WorkbenchError('NOT_FOUND', `专家 ${expertId} 不在评审活动「${campaign.name}」的专家名单中。`)
  }
}

export { isAssigned }

export function requireAssigned(campaign: Campaign, expertId: ExpertId, submissionId: SubmissionId): void {
  if (!isAssigned(campaign, expertId, submissionId)) {
    throw new WorkbenchError('NOT_FOUND', `该申报未分配给专家 ${expertId} 评审。`)
  }
}
