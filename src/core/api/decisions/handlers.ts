import { WorkbenchError } from '../../domain/errors'
import type { CampaignId } from '../../domain/ids'
import type { Decisions, Motion } from '../../domain/decisions'
import type { Campaign } from '../../domain/workspace'
import { lockedWithoutReason, overrideRefusal, periodRefusal, repeatedObjection, repeatedOverride, repeatedPublication, repeatedTieOrder, repeatedVote, withinPeriod } from '../../decisions/rules'
import { duplicateVoters, tallyVote } from '../../decisions/votes'
import { movedQuotas } from '../../decisions/quotas'
import { chineseDay } from '../../decisions/dates'
import type { HandlersOf } from '../contract'
import type { HandlerDeps } from '../shared/deps'
import { findSubmission, loadCampaign } from '../shared/load'
import { decisionsOf, loadDecisionsView, motionText } from './view'
import type { DecisionsView } from './outputs'
import { decisionsExports } from './exports'
import { inCampaignQueue } from '../shared/oneAtATime'

/**
 * 评定 (issue 12 "Decisions"): each handler loads the view, checks the pure rules (core/decisions),
 * stores the decision in campaign.json, appends it to the campaign's audit log, and returns the new view.
 * The committee's decisions are recorded by the secretariat (actor 秘书处); votes name each member.
 * Each change runs one at a time in its campaign (shared/oneAtATime.ts), so a double-clicked 公示 or
 * vote checks against what the first one recorded: it is refused instead of recorded twice.
 */
export function decisionsHandlers(deps: HandlerDeps) {
  const { store, now, newId } = deps
  const ACTOR = '秘书处'
  const queued = <I extends { campaignId: CampaignId }, O>(h: (input: I) => Promise<O>) => inCampaignQueue(store, h)

  function refuse(code: 'INVALID_INPUT' | 'CONFLICT' | 'DECISION_BLOCKED' | 'DECISION_LOCKED' | 'NOT_FOUND' | 'STALE_VERSION', message: string | null): void {
    if (message) throw new WorkbenchError(code, message)
  }

  /**
   * Loads the view; refuses a kind that is not ranked, a repeat of what was just recorded (`repeated`),
   * and, once published, a change without a reason.
   */
  async function begin(campaignId: CampaignId, reason: string | undefined, repeated?: (d: Decisions, view: DecisionsView) => string | null): Promise<{ view: DecisionsView; campaign: Campaign }> {
    const { view, campaign } = await loadDecisionsView(deps, campaignId)
    refuse('CONFLICT', view.notRankedReason)
    refuse('CONFLICT', repeated?.(decisionsOf(campaign), view) ?? null)
    refuse('DECISION_LOCKED', lockedWithoutReason(decisionsOf(campaign), reason))
    return { view, campaign }
  }

  /** Writes the decisions and their audit entry (one durable write, storage/auditOutbox.ts), and returns the fresh view. */
  async function commit(campaignId: CampaignId, change: (d: Decisions) => void, action: string, data: Record<string, unknown>): Promise<DecisionsView> {
    const shard = await loadCampaign(store, campaignId)
    await shard.update((f) => {
      const d = decisionsOf(f.campaign)
      change(d)
      f.campaign.decisions = d
      return f.campaign
    }, () => ({ action, actor: ACTOR, data, at: now() }))
    return (await loadDecisionsView(deps, campaignId)).view
  }

  return {
    'decisions.get': async ({ campaignId }) => (await loadDecisionsView(deps, campaignId)).view,

    'decisions.setQuotas': queued(async ({ campaignId, quotas, expectQuotas, reason }) => {
      const { view } = await begin(campaignId, reason)
      const unknown = Object.keys(quotas).filter((c) => !view.levels.some((l) => l.code === c))
      refuse('INVALID_INPUT', unknown.length ? `指标体系中没有这些奖项等级：${unknown.join('、')}` : null)
      refuse('STALE_VERSION', expectQuotas ? movedQuotas(view.levels, Object.keys(quotas), expectQuotas, view.entryCount) : null)
      return commit(campaignId, (d) => Object.assign(d.quotas, quotas), 'decision.quotas', { quotas, ...(reason && { reason }) })
    }),

    'decisions.recordVote': queued(async ({ campaignId, submissionId, motion, ballots, reason }) => {
      const { view, campaign } = await begin(campaignId, reason)
      const row = view.rows.find((r) => r.id === submissionId)
      refuse('NOT_FOUND', row ? null : `评审活动中没有申报 ${submissionId}。`)
      const outsiders = ballots.filter((b) => !view.committee.some((m) => m.id === b.expertId)).map((b) => b.expertId)
      refuse('INVALID_INPUT', outsiders.length ? `这些表决人不是本评审活动的专家：${outsiders.join('、')}` : null)
      const dup = duplicateVoters(ballots).map((id) => view.committee.find((m) => m.id === id)?.name ?? id)
      refuse('INVALID_INPUT', dup.length ? `每位委员只能表决一次：${dup.join('、')} 重复` : null)
      refuse('INVALID_INPUT', motionRefusal(view, row!, motion))
      refuse('CONFLICT', repeatedVote(decisionsOf(campaign), submissionId, motion, ballots))
      const vote = { id: newId('vote'), submissionId, motion, ballots, at: now().toISOString(), ...(reason && { reason }) }
      const tally = tallyVote(ballots)
      return commit(campaignId, (d) => d.votes.push(vote), 'decision.vote', {
        voteId: vote.id, submissionId, motion: motionText(campaign, motion), ballots, result: tally.text, passed: tally.passed, ...(reason && { reason }),
      })
    }),

    'decisions.orderTie': queued(async ({ campaignId, order, note, reason }) => {
      const { view } = await begin(campaignId, reason, (d) => repeatedTieOrder(d, order, note))
      const tie = view.ties.find((t) => t.ids.length === order.length && t.ids.every((id) => (order as readonly string[]).includes(id)))
      refuse('INVALID_INPUT', tie ? null : '所选申报不是一组并列的申报（总分与★小计均相同），请按评定页列出的并列组排序。')
      const entry = { order, note, at: now().toISOString(), ...(reason && { reason }) }
      return commit(campaignId, (d) => d.tieOrders.push(entry), 'decision.tieOrder', { order, note, ...(reason && { reason }) })
    }),

    'decisions.setLevel': queued(async ({ campaignId, submissionId, levelCode, reason }) => {
      const { view, campaign } = await loadDecisionsView(deps, campaignId)
      refuse('CONFLICT', view.notRankedReason)
      const row = view.rows.find((r) => r.id === submissionId)
      refuse('NOT_FOUND', row ? null : `评审活动中没有申报 ${submissionId}。`)
      refuse('INVALID_INPUT', overrideRefusal(row, levelCode, view.levels, decisionsOf(campaign), row!.reachedLevel))
      refuse('CONFLICT', repeatedOverride(decisionsOf(campaign), submissionId, levelCode, view.levels.find((l) => l.code === levelCode)?.label ?? '不授奖'))
      const override = { levelCode, reason, at: now().toISOString() }
      return commit(campaignId, (d) => (d.overrides[submissionId] = override), 'decision.level', {
        submissionId, from: row!.decidedLevel, to: levelCode, reason, afterPublication: view.locked,
      })
    }),

    'decisions.publish': queued(async ({ campaignId, from, to, reason }) => {
      const { view } = await begin(campaignId, reason, (d, v) => repeatedPublication(d, v.changedSincePublication, from, to))
      refuse('INVALID_INPUT', periodRefusal(from, to))
      refuse('DECISION_BLOCKED', view.blockers.length ? `拟表彰名单暂不能公示：${view.blockers.join('')}` : null)
      const publication = {
        version: view.publicationCount + 1,
        publishedAt: now().toISOString(),
        from,
        to,
        entries: view.rows
          .filter((r) => r.status === 'ranked')
          .map((r) => ({ submissionId: r.id, rank: r.rank, levelCode: r.decidedLevel, levelLabel: r.decidedLabel })),
        ...(reason && { reason }),
      }
      return commit(campaignId, (d) => d.publications.push(publication), 'decision.publish', {
        version: publication.version, from, to, entries: publication.entries, ...(reason && { reason }),
      })
    }),

    'decisions.recordObjection': queued(async ({ campaignId, submissionId, by, receivedOn, content }) => {
      const { view, campaign } = await loadDecisionsView(deps, campaignId)
      findSubmission(campaign, submissionId)
      const p = view.publication
      refuse('CONFLICT', p ? null : '拟表彰名单尚未公示，异议在公示期内受理。')
      refuse('INVALID_INPUT', withinPeriod(receivedOn, p!) ? null : `异议应在公示期内（${chineseDay(p!.from)}至${chineseDay(p!.to)}）提出，收到日期${chineseDay(receivedOn)}不在公示期内。`)
      refuse('CONFLICT', repeatedObjection(decisionsOf(campaign), { submissionId, by, receivedOn, content }))
      const objection = { id: newId('obj'), submissionId, by, receivedOn, content, recordedAt: now().toISOString() }
      return commit(campaignId, (d) => d.objections.push(objection), 'objection.record', { objectionId: objection.id, submissionId, by, receivedOn, content })
    }),

    'decisions.answerObjection': queued(async ({ campaignId, objectionId, text, outcome, answeredOn }) => {
      const { view } = await loadDecisionsView(deps, campaignId)
      const o = view.objections.find((x) => x.id === objectionId)
      refuse('NOT_FOUND', o ? null : `没有编号为 ${objectionId} 的异议。`)
      refuse('CONFLICT', o!.answer ? `该异议已于${chineseDay(o!.answer.answeredOn)}答复。` : null)
      refuse('INVALID_INPUT', answeredOn < o!.receivedOn ? `答复日期${chineseDay(answeredOn)}早于收到异议的日期${chineseDay(o!.receivedOn)}。` : null)
      const answer = { text, outcome, answeredOn, at: now().toISOString() }
      return commit(campaignId, (d) => (d.objections.find((x) => x.id === objectionId)!.answer = answer), 'objection.answer', {
        objectionId, submissionId: o!.submissionId, outcome, text, answeredOn,
      })
    }),

    ...decisionsExports(deps),
  } satisfies HandlersOf<'decisions'>
}

/** A vote must be about something the entry can be voted on. */
function motionRefusal(view: DecisionsView, row: DecisionsView['rows'][number], motion: Motion): string | null {
  if (motion.kind === 'award') {
    const level = view.levels.find((l) => l.code === motion.levelCode)
    if (!level) return `指标体系中没有奖项等级 ${motion.levelCode}。`
    if (!level.requiresVote) return `${level.label}无需票决。`
    if (row.status !== 'ranked') return `该申报${row.excludedReason ?? ''}，不参加评定。`
    const reachedAt = view.levels.findIndex((l) => l.code === row.reachedLevel)
    if (reachedAt < 0 || view.levels.indexOf(level) < reachedAt) return `该申报结果 ${row.result!.toFixed(2)} 分，未达到${level.label}分数线 ${level.min} 分，不能提请票决。`
    return null
  }
  const item = view.vetoItems.find((v) => v.code === motion.vetoCode)
  if (!item) return `指标体系中没有一票否决项 ${motion.vetoCode}。`
  if (!row.vetoes.some((v) => v.code === motion.vetoCode)) return `该申报没有专家提出「${item.text}」一票否决，无需确认。`
  return null
}
