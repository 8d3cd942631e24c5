import { WorkbenchError } from '../../domain/errors'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { isAssigned, loadCampaign, requireExpertInCampaign } from '../shared/load'
import { declarationEntries } from '../../panel/declaredConflicts'

/** Version of the 承诺书 text experts accept (bump when the text changes). */
export const PLEDGE_TEXT_VERSION = 1

export const PLEDGE_TEXT =
  '本人自愿担任本次评审专家，郑重承诺：一、坚持公平、公正、客观原则，严格按照评审标准独立评分，不受任何单位和个人干预；' +
  '二、严格遵守保密纪律，不泄露评审材料、评审意见和评审结果，不复制、不外传申报材料；' +
  '三、如实申报回避事项：与申报单位存在任职关系、近三年曾在申报单位任职，或与申报人存在亲属、师生、合作关系等可能影响公正评审的情形，主动申请回避；' +
  '四、廉洁自律，不接受任何形式的请托和馈赠。如有违反，自愿承担相应责任。'

export function pledgesHandlers({ store, now }: HandlerDeps) {
  return {
    'pledges.accept': async ({ campaignId, expertId, declaration, conflicts }) => {
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
      })
      await store.audit(campaignId).append('pledge.accept', expertId, { declaration, conflicts, textVersion: PLEDGE_TEXT_VERSION }, now())
      return c
    },
  } satisfies HandlersOf<'pledges'>
}
