import { EMPTY_DECISIONS, OBJECTION_OUTCOME_LABELS, type Decisions, type Motion } from '../domain/decisions'
import { REVIEW_KIND_LABELS } from '../domain/rubric'
import type { Campaign, ScoreSheet } from '../domain/workspace'
import { subjectName, submissionLabel } from '../domain/submissionLabel'
import { buildBoard, publishBlockers, type BoardLevel } from './board'
import { KEY_SUBTOTAL_RULE, keySubtotal } from './keySubtotal'
import { quotaLimit, quotaText } from './quotas'
import { latestVote, tallyVote } from './votes'
import { changedSincePublication } from './rules'
import { isRanked } from '../scoring/outcome'
import { rubricFor } from '../rubric/versions'
import type { DecisionsView } from '../api/decisions/outputs'
import type { ResultsSummary } from '../api/results/outputs'

export const TIE_RULE = '总分相同者以关键指标（★）小计高者列前；仍相同者由委员会票决确定先后'
export const QUOTA_RULE = '各奖项等级名额按本活动设定；按比例设定的名额以参评申报总数为基数，向下取整；同时设定项数与比例的，取较小者；超出名额的申报按排名顺延至下一等级'
export const VOTE_RULE = '特等奖的授予及一票否决的确认须经委员会票决，赞成票不少于出席委员人数的三分之二（向上取整）方为通过；弃权计入出席人数'

/** A campaign's decisions, or the empty set before the first one. */
export function decisionsOf(campaign: Campaign): Decisions {
  return campaign.decisions ?? structuredClone(EMPTY_DECISIONS)
}

/** The campaign's 奖项等级 with this campaign's quotas applied over the rubric's. */
export function boardLevels(campaign: Campaign): BoardLevel[] {
  const quotas = decisionsOf(campaign).quotas
  return [...campaign.rubric.awardLevels]
    .sort((a, b) => b.min - a.min)
    .map((l) => ({ code: l.code, label: l.label, min: l.min, requiresVote: l.requiresVote, quota: quotas[l.code] ?? l.quota }))
}

export function motionText(campaign: Campaign, motion: Motion): string {
  if (motion.kind === 'award') return `授予${campaign.rubric.awardLevels.find((l) => l.code === motion.levelCode)?.label ?? motion.levelCode}`
  return `确认一票否决：${campaign.rubric.vetoes.find((v) => v.code === motion.vetoCode)?.text ?? motion.vetoCode}`
}

/** What the 评定 view is built from: plain data, loaded by the API (or a batch export's context). */
export interface DecisionsViewInput {
  campaign: Campaign
  /** results.summary of the campaign (the one home of results); not read for a kind that is not ranked */
  summary: ResultsSummary | null
  /** submitted sheets per expert id, per submission id (for the ★ subtotals) */
  sheets: ReadonlyMap<string, Readonly<Record<string, ScoreSheet>>>
  /** an expert's name for the committee and the ballots */
  nameOf: (expertId: string) => string
}

/**
 * The 评定 view of a campaign, pure: the ★ subtotals from the submitted sheets, the recorded
 * decisions, the board (board.ts), and every rule in words.
 */
export function buildDecisionsView({ campaign, summary, sheets, nameOf }: DecisionsViewInput): DecisionsView {
  const campaignId = campaign.id
  const decisions = decisionsOf(campaign)
  const levels = boardLevels(campaign)
  const entryCount = campaign.submissions.length
  const base: DecisionsView = {
    campaignId,
    campaignName: campaign.name,
    kindLabel: REVIEW_KIND_LABELS[campaign.kind],
    ranked: isRanked(campaign.rubric),
    notRankedReason: null,
    entryCount,
    rules: { aggregation: '', tie: TIE_RULE, quota: QUOTA_RULE, vote: VOTE_RULE, keySubtotal: KEY_SUBTOTAL_RULE },
    levels: levels.map((l) => ({ ...l, limit: quotaLimit(l.quota, entryCount), limitText: quotaText(l.quota, entryCount) })),
    rows: [], ties: [], proposedQuotas: [], quotas: [], votes: [], blockers: [],
    publication: decisions.publications.at(-1) ?? null,
    publicationCount: decisions.publications.length,
    changedSincePublication: [],
    locked: decisions.publications.length > 0,
    objections: [],
    committee: campaign.expertIds.map((id) => ({ id, name: nameOf(id) })),
    vetoItems: campaign.rubric.vetoes.map((v) => ({ code: v.code, text: v.text })),
  }
  if (!base.ranked) return { ...base, notRankedReason: `${base.kindLabel}不作评比排名，不进行评定和公示。` }

  if (!summary) throw new Error('buildDecisionsView: a ranked campaign needs its results.summary')
  base.rules.aggregation = summary.ruleText
  const entries = summary.rows.map((r) => {
    const submitted = r.experts
      .filter((c) => c.status === 'submitted')
      .map((c) => sheets.get(c.expertId)?.[r.submission.id])
      .filter((s): s is ScoreSheet => s?.status === 'submitted')
    return {
      id: r.submission.id,
      result: r.result,
      keySubtotal: keySubtotal(submitted, (s) => rubricFor(campaign, s.rubricVersion)),
      reachedLevel: r.awardCode,
      provisional: r.provisional,
      notRated: r.notRated,
    }
  })
  const vetoText = (code: string) => campaign.rubric.vetoes.find((v) => v.code === code)?.text ?? code
  const board = buildBoard({ entries, levels, entryCount, decisions, vetoText })
  const rowOf = new Map<string, (typeof summary.rows)[number]>(summary.rows.map((r) => [r.submission.id, r]))
  const labelOf = (id: string) => {
    const s = campaign.submissions.find((x) => x.id === id)
    return s ? submissionLabel(s) : id
  }
  const levelLabel = (code: string | null) => (code === null ? '—' : (levels.find((l) => l.code === code)?.label ?? code))
  return {
      ...base,
      rows: board.rows.map((b) => {
        const r = rowOf.get(b.id)!
        return {
          ...b,
          id: r.submission.id,
          label: submissionLabel(r.submission),
          school: r.submission.school,
          subject: subjectName(r.submission),
          applicant: r.submission.applicant,
          groupName: r.groupName,
          reachedLevel: r.awardCode,
          proposedLabel: levelLabel(b.proposedLevel),
          decidedLabel: b.status === 'ranked' ? levelLabel(b.decidedLevel) : b.status === 'notRated' ? '不予评定' : '—',
          vetoes: r.vetoes,
          objectionCount: decisions.objections.filter((o) => o.submissionId === b.id).length,
        }
      }),
      ties: board.ties.map((t) => ({ ...t, labels: t.ids.map(labelOf) })),
      proposedQuotas: board.proposedQuotas,
      quotas: board.quotas,
      votes: decisions.votes.map((v) => ({
        ...v,
        entryLabel: labelOf(v.submissionId),
        motionText: motionText(campaign, v.motion),
        tally: tallyVote(v.ballots),
        voters: v.ballots.map((b) => ({ ...b, name: nameOf(b.expertId) })),
        superseded: latestVote(decisions.votes, v.submissionId, v.motion) !== v,
      })),
      blockers: publishBlockers(board),
      changedSincePublication: base.publication ? changedSincePublication(base.publication.entries, board.rows).map(labelOf) : [],
      objections: decisions.objections.map((o) => ({ ...o, entryLabel: labelOf(o.submissionId), outcomeLabel: o.answer ? OBJECTION_OUTCOME_LABELS[o.answer.outcome] : null })),
    }
}
