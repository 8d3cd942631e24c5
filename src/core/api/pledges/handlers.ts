import { WorkbenchError } from '../../domain/errors'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { isAssigned, loadCampaign, requireExpertInCampaign } from '../shared/load'
import { declarationEntries } from '../../panel/declaredConflicts'
import { PLEDGE_TEXT_VERSION } from '../../domain/pledge'
import { inCampaignQueue } from '../shared/oneAtATime'

export function pledgesHandlers({ store, now }: HandlerDeps) {
  return {
    // one at a time per campaign: a double-clicked 签署 finds the first one's 承诺书 and is refused
    'pledges.accept': inCampaignQueue(store, async ({ campaignId, expertId, declaration, conflicts }) => {
      const shard = await loadCampaign(store, campaignId)
      const campaign = shard.data.campaign
      requireExpertInCampaign(campaign, expertId)
      if (campaign.pledges[expertId]) {
        throw new WorkbenchError('CONFLICT', '该专家已签署本次评审活动的承诺书。')
      }
      // a conflict can be declared only for a submission the expert is to judge
      const foreign = conflicts.filter((c) => !campaign.submissions.some((s) => s.id === c.submissionId) || !isAssigned(campaign, expertId, c.submissionId))
      if (foreign.length) {
        throw new WorkbenchError('INVALID_INPUT', `只能对分配给本人的申报申请回避；${foreign.length} 项不是：${foreign.map((c) => c.submissionId).join('、')}`)
      }
      const at = now().toISOString()
      const c = await shard.update((d) => {
        d.campaign.pledges[expertId] = { acceptedAt: at, declaration, textVersion: PLEDGE_TEXT_VERSION }
        Object.assign(d.campaign.declaredConflicts, declarationEntries(expertId, conflicts, at))
        return d.campaign
      }, () => ({ action: 'pledge.accept', actor: expertId, data: { declaration, conflicts, textVersion: PLEDGE_TEXT_VERSION }, at: now() }))
      return c
    }),
  } satisfies HandlersOf<'pledges'>
}
