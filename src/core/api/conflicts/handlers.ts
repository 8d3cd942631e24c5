import { submissionLabel } from '../../domain/submissionLabel'
import { WorkbenchError } from '../../domain/errors'
import type { Campaign } from '../../domain/workspace'
import { pairKey } from '../../panel/conflicts'
import type { ConflictRow } from './outputs'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { findSubmission, requireExpertInCampaign } from '../shared/load'
import { panelContext } from '../shared/panelContext'
import { inCampaignQueue } from '../shared/oneAtATime'
import { chineseDate } from '../../util/chineseDate'

/** 回避: the conflict matrix of a campaign's experts and submissions, and the secretary's decisions on it. */
export function conflictsHandlers(deps: HandlerDeps) {
  const { store, now } = deps
  const context = (campaignId: Campaign['id']) => panelContext(deps, campaignId)

  return {
    'conflicts.list': async ({ campaignId }) => {
      const { campaign, experts, matrix } = await context(campaignId)
      // by id, once: a search of 1,000 submissions for each of 7,000 pairs held the loop ~30 ms (issue 14)
      const labels = new Map(campaign.submissions.map((s) => [s.id as string, submissionLabel(s)]))
      return Object.values(matrix).map(
        (p): ConflictRow => ({
          expertId: p.expertId,
          expertName: experts.find((e) => e.id === p.expertId)?.name ?? p.expertId,
          submissionId: p.submissionId,
          submissionLabel: labels.get(p.submissionId) ?? p.submissionId,
          status: p.status,
          levels: p.conflicts.map((c) => c.level),
          declared: p.conflicts.some((c) => c.rule === 'declared'),
          reasons: p.reasons,
          decision: p.decision ?? null,
        }),
      )
    },

    'conflicts.decide': inCampaignQueue(store, async ({ campaignId, expertId, submissionId, decision, reason }) => {
      const { shard, campaign, matrix } = await context(campaignId)
      requireExpertInCampaign(campaign, expertId)
      findSubmission(campaign, submissionId)
      const pair = matrix[pairKey(expertId, submissionId)]
      if (decision === 'noConflict' && pair?.conflicts.some((c) => c.level === 'certain')) {
        throw new WorkbenchError('CONFLICT', `${pair.reasons[0]}：属于确定的回避情形，不能认定为无需回避；如信息有误，请先更正专家信息。`)
      }
      const at = now().toISOString()
      await shard.update((d) => {
        // the same decision again (a double click, a second window) is recorded once
        const before = d.campaign.conflictDecisions[pairKey(expertId, submissionId)]
        if (before && before.decision === decision && before.reason.trim() === reason.trim()) {
          throw new WorkbenchError('CONFLICT', `已于${chineseDate(new Date(before.at))}认定${decision === 'conflict' ? '需要回避' : '无需回避'}，理由相同，未重复记录。`)
        }
        d.campaign.conflictDecisions[pairKey(expertId, submissionId)] = { decision, reason, at }
        if (decision === 'conflict') {
          const a = d.campaign.assignments[submissionId]
          if (a?.expertIds.includes(expertId)) {
            a.expertIds = a.expertIds.filter((x) => x !== expertId)
            if (a.chairId === expertId) delete a.chairId
            d.campaign.assignmentLog.push({ at, submissionId, action: 'remove', expertId, reason: `认定回避：${reason}` })
          }
        }
      }, () => ({ action: 'conflict.decide', actor: '秘书处', data: { expertId, submissionId, decision, reason }, at: now() }))
      return (await context(campaignId)).campaign
    }),
  } satisfies HandlersOf<'conflicts'>
}
