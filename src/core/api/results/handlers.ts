import { placeholderExpert, type ScoreSheet } from '../../domain/workspace'
import { gradeForTotal } from '../../rubric/indicators'
import { aggregate } from '../../scoring/aggregate'
import { sheetResult } from '../../scoring/sheetResult'
import { rubricFor } from '../../rubric/versions'
import { awardLevelFor, failedEligibility, tallyVetoes } from '../../scoring/panelRules'
import { round } from '../../util/round'
import type { ResultRow } from './outputs'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { isAssigned, loadCampaign } from '../shared/load'
import { campaignProgress } from '../../scoring/progress'

/** docs/domain/review-kinds.md: an expert whose total deviates more than this from the result triggers 复议. */
export const DEVIATION_FLAG_POINTS = 15

const RULE_TEXT = {
  trimmedMean: '5 名及以上专家评分时去掉一个最高分和一个最低分后取平均，不足 5 名时取平均，保留两位小数',
  mean: '取全部专家评分的算术平均，保留两位小数',
} as const

export function resultsHandlers({ store }: HandlerDeps) {
  return {
    'results.summary': async ({ campaignId }) => {
      const campaign = (await loadCampaign(store, campaignId)).data.campaign
      const { experts: pool, groups } = (await store.workspaceShard()).data
      const experts = campaign.expertIds.map((id) => pool.find((e) => e.id === id) ?? placeholderExpert(id))
      const sheetsByExpert = new Map<string, Record<string, ScoreSheet>>()
      for (const e of experts) sheetsByExpert.set(e.id, (await store.sheetsShard(campaignId, e.id)).data.sheets)
      const rule = campaign.aggregation.rule

      const rows: ResultRow[] = campaign.submissions.map((submission) => {
        // the panel: the drawn 专家组 of this submission, or every campaign expert before any draw
        const panel = experts.filter((e) => isAssigned(campaign, e.id, submission.id))
        const cells = panel.map((e) => {
          const s = sheetsByExpert.get(e.id)?.[submission.id]
          const total = s ? sheetResult(rubricFor(campaign, s.rubricVersion), s).total : null
          return { expertId: e.id, expertName: e.name, status: s ? s.status : ('empty' as const), total, deviation: null as number | null, flagged: false }
        })
        const submittedSheets = panel.map((e) => sheetsByExpert.get(e.id)?.[submission.id]).filter((s): s is ScoreSheet => s?.status === 'submitted')
        const vetoes = tallyVetoes(campaign.rubric, panel.length, submittedSheets)
        const failed = failedEligibility(campaign.rubric, submittedSheets)
        const confirmed = vetoes.filter((v) => v.confirmed)
        const notRated = confirmed.length
          ? `一票否决：${confirmed.map((v) => v.text).join('；')}（${confirmed[0]!.count}/${panel.length} 名专家确认）`
          : failed.length
            ? `资格条件不符合：${failed.map((c) => campaign.rubric.eligibility.find((e) => e.code === c)?.text ?? c).join('；')}`
            : null
        const submittedTotals = cells.filter((c) => c.status === 'submitted').map((c) => c.total!)
        const agg = aggregate(rule, notRated ? [] : submittedTotals)
        if (agg.value !== null) {
          for (const c of cells) {
            if (c.status !== 'submitted') continue
            c.deviation = round(c.total! - agg.value, 2)
            c.flagged = Math.abs(c.deviation) > DEVIATION_FLAG_POINTS
          }
        }
        const band = agg.value === null ? null : gradeForTotal(campaign.rubric.gradeBands, agg.value)
        const award = agg.value === null ? null : awardLevelFor(campaign.rubric.awardLevels, agg.value)
        return {
          submission,
          groupName: groups.find((g) => g.id === submission.groupId)?.name ?? submission.groupId,
          experts: cells,
          submittedCount: submittedTotals.length,
          rule,
          applied: agg.applied,
          result: agg.value,
          dropped: agg.dropped,
          grade: band?.grade ?? null,
          gradeLabel: band?.label ?? null,
          notRated,
          vetoes,
          awardLevel: award ? `${award.label}${award.requiresVote ? '（待票决）' : ''}` : null,
          rank: null,
        }
      })
      // rank by result, highest first; equal results share a rank (ties are broken in the decision issue)
      const ranked = rows.filter((r) => r.result !== null).sort((a, b) => b.result! - a.result!)
      ranked.forEach((r, i) => {
        r.rank = i > 0 && ranked[i - 1]!.result === r.result ? ranked[i - 1]!.rank : i + 1
      })
      const names = new Map(experts.map((e) => [e.id, e.name]))
      const progress = campaignProgress(campaign, (id) => names.get(id) ?? id, (e, s) => sheetsByExpert.get(e)?.[s]?.status === 'submitted')
      return { campaignId, rule, ruleText: RULE_TEXT[rule], rows, progress }
    },
  } satisfies HandlersOf<'results'>
}
