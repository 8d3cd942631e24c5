import { randomBytes } from 'node:crypto'
import { WorkbenchError } from '../../domain/errors'
import type { Campaign } from '../../domain/workspace'
import { pairKey, pairStatus } from '../../panel/conflicts'
import { canonicalAssignmentHash } from '../../panel/assign'
import { drawDiff } from '../../panel/drawPreview'
import { planCampaignDraw } from '../shared/drawPlan'
import type { AssignmentView, DrawPreview } from './outputs'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { findSubmission, requireExpertInCampaign } from '../shared/load'
import { panelContext } from '../shared/panelContext'
import { inCampaignQueue } from '../shared/oneAtATime'

/** 专家组: drawing the panels, changing them by hand, and the view of who judges what. */
export function assignmentsHandlers(deps: HandlerDeps) {
  const { store, now } = deps
  const context = (campaignId: Campaign['id']) => panelContext(deps, campaignId)

  return {
    'assignments.get': async ({ campaignId }): Promise<AssignmentView> => {
      const { campaign, experts } = await context(campaignId)
      const load: Record<string, number> = Object.fromEntries(experts.map((e) => [e.id, 0]))
      for (const a of Object.values(campaign.assignments)) for (const id of a.expertIds) load[id] = (load[id] ?? 0) + 1
      return {
        rows: campaign.submissions.map((s) => ({
          submissionId: s.id,
          school: s.school,
          program: s.program,
          groupId: s.groupId,
          expertIds: campaign.assignments[s.id]?.expertIds ?? [],
          chairId: campaign.assignments[s.id]?.chairId ?? null,
          short: (campaign.assignments[s.id]?.expertIds.length ?? 0) < campaign.panel.size,
        })),
        load,
        draws: campaign.draws,
        log: campaign.assignmentLog.slice(-200),
        settings: campaign.panel,
      }
    },

    'assignments.previewDraw': async ({ campaignId, seed, keepExisting }): Promise<DrawPreview> => {
      const ctx = await context(campaignId)
      const drawSeed = seed ?? randomBytes(8).toString('hex')
      const opts = { seed: drawSeed, keepExisting: !!keepExisting }
      const full = await planCampaignDraw(store, ctx, { ...opts, partial: false })
      // infeasible: show what drawing the feasible part would do, with the rest and why
      const shown = full.plan.ok || !full.plan.partialPossible ? full : await planCampaignDraw(store, ctx, { ...opts, partial: true })
      const diff = shown.plan.ok
        ? drawDiff({ submissions: ctx.campaign.submissions, experts: ctx.experts, current: ctx.campaign.assignments, next: shown.plan.assignments, kept: shown.plan.kept, notDrawn: shown.plan.notDrawn, holders: shown.holders })
        : null
      return {
        seed: drawSeed,
        feasible: full.plan.ok,
        partialPossible: !full.plan.ok && full.plan.partialPossible && shown.plan.ok,
        problems: full.plan.ok ? [] : full.plan.problems.map((p) => ({ path: p.submissionId ?? p.expertId ?? p.kind, message: p.message })),
        diff,
      }
    },

    // one draw or change at a time per campaign: a draw plans from the panels as the change before it left them.
    // The same seed again is a re-run that reproduces the draw and is recorded again (assignments.test.ts).
    'assignments.autoAssign': inCampaignQueue(store, async ({ campaignId, seed, keepExisting, partial }) => {
      const ctx = await context(campaignId)
      const { shard } = ctx
      const drawSeed = seed ?? randomBytes(8).toString('hex')
      const { plan } = await planCampaignDraw(store, ctx, { seed: drawSeed, keepExisting: !!keepExisting, partial: !!partial })
      if (!plan.ok) {
        const { problems } = plan
        throw new WorkbenchError('ASSIGNMENT_INFEASIBLE', `无法完成分配：${problems.slice(0, 3).map((p) => p.message).join('；')}${problems.length > 3 ? ` 等 ${problems.length} 个问题` : ''}`, {
          issues: problems.map((p) => ({ path: p.submissionId ?? p.expertId ?? p.kind, message: p.message })),
          details: { partialPossible: plan.partialPossible },
        })
      }
      const at = now().toISOString()
      const resultHash = canonicalAssignmentHash(plan.assignments)
      const skipped = new Set([...plan.kept, ...plan.notDrawn.map((n) => n.submissionId)])
      const updated = await shard.update((d) => {
        d.campaign.assignments = plan.assignments
        d.campaign.draws.push({ seed: drawSeed, at, panelSize: d.campaign.panel.size, submissionCount: d.campaign.submissions.length, resultHash })
        for (const s of d.campaign.submissions) {
          if (skipped.has(s.id)) continue
          d.campaign.assignmentLog.push({ at, submissionId: s.id, action: 'draw', reason: `随机抽取（种子 ${drawSeed}）` })
        }
        return d.campaign
      }, () => ({
        action: 'assignment.draw',
        actor: '秘书处',
        data: {
          seed: drawSeed,
          resultHash,
          keepExisting: !!keepExisting,
          partial: !!partial,
          keptScored: plan.kept,
          notDrawn: plan.notDrawn.map((n) => ({ submissionId: n.submissionId, problems: n.problems.map((p) => p.message) })),
          stats: plan.stats,
        },
        at: now(),
      }))
      return updated
    }),

    'assignments.change': inCampaignQueue(store, async ({ campaignId, submissionId, add, remove, chairId, reason }) => {
      const { shard, campaign, matrix, experts } = await context(campaignId)
      const submission = findSubmission(campaign, submissionId)
      if (add) {
        requireExpertInCampaign(campaign, add)
        const status = pairStatus(matrix, add, submissionId)
        if (status === 'blocked') throw new WorkbenchError('CONFLICT', `不能分配：${matrix[pairKey(add, submissionId)]!.reasons.join('；')}`)
        if (status === 'suspected') throw new WorkbenchError('CONFLICT', `该专家与此申报存在疑似回避情形，请先在「回避」中作出认定：${matrix[pairKey(add, submissionId)]!.reasons.join('；')}`)
      }
      const at = now().toISOString()
      const updated = await shard.update((d) => {
        const a = (d.campaign.assignments[submissionId] ??= { expertIds: [] })
        if (remove) {
          if (!a.expertIds.includes(remove)) throw new WorkbenchError('NOT_FOUND', '该专家不在此申报的专家组中。')
          a.expertIds = a.expertIds.filter((x) => x !== remove)
          if (a.chairId === remove) delete a.chairId
          d.campaign.assignmentLog.push({ at, submissionId, action: 'remove', expertId: remove, reason })
        }
        if (add) {
          if (a.expertIds.includes(add)) throw new WorkbenchError('CONFLICT', '该专家已在此申报的专家组中。')
          a.expertIds.push(add)
          d.campaign.assignmentLog.push({ at, submissionId, action: 'add', expertId: add, reason })
        }
        if (chairId) {
          if (!a.expertIds.includes(chairId)) throw new WorkbenchError('INVALID_INPUT', '组长必须是该申报专家组的成员。')
          a.chairId = chairId
          d.campaign.assignmentLog.push({ at, submissionId, action: 'chair', expertId: chairId, reason })
        } else if (!a.chairId && a.expertIds.length > 0) {
          // the 组长 left: the first member from the submission's field takes over, else the first member
          const inField = a.expertIds.find((id) => experts.find((e) => e.id === id)?.groupIds.includes(submission.groupId))
          a.chairId = inField ?? a.expertIds[0]!
        }
        return d.campaign
      }, () => ({ action: 'assignment.change', actor: '秘书处', data: { submissionId, add: add ?? null, remove: remove ?? null, chairId: chairId ?? null, reason }, at: now() }))
      return updated
    }),
  } satisfies HandlersOf<'assignments'>
}
