import type { SubmissionId } from '../../domain/ids'
import { placeholderExpert, type ScoreSheet } from '../../domain/workspace'
import { gradeForTotal } from '../../rubric/indicators'
import { mean } from '../../scoring/aggregate'
import { campaignNormaliser, deviationFrom, panelAggregate, panelGrade, ruleStatement } from '../../scoring/panelAggregate'
import { countedSubmissions } from '../../calibration/anchors'
import { allIndicators } from '../../rubric/indicators'
import { isRanked, outcomeKind, RED_LINE_LABEL, thresholdScore } from '../../scoring/outcome'
import type { Rubric } from '../../domain/rubric'
import { groupNamesFor } from '../../domain/groupRules'
import { storedSheetResult, type StoredSheetResult } from '../../scoring/sheetResultMemo'
import { mapInSlices } from '../../util/slices'
import { rubricFor } from '../../rubric/versions'
import { awardLevelFor, failedEligibility, tallyVetoes } from '../../scoring/panelRules'
import { round } from '../../util/round'
import { isProvisional, rankResults } from '../../scoring/ranking'
import type { ResultRow } from './outputs'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { isAssigned, loadCampaign } from '../shared/load'
import { campaignProgress } from '../../scoring/progress'
import { DEVIATION_FLAG_POINTS } from '../../domain/calibration'


/** The grade a confirmed red line gives a diagnosis (docs/domain/review-kinds.md: "force D or 需专项整改"). */
const RED_LINE_BAND = { grade: 'D' as const, label: RED_LINE_LABEL }

/**
 * The panel's profile per 一级指标: the mean of the submitted sheets' points, two decimals; null
 * before any sheet is submitted. This, not a place, is a diagnosis's result.
 */
function profileOf(rubric: Rubric, results: ReadonlyArray<StoredSheetResult>): ResultRow['dimensions'] {
  return rubric.dimensions.map((d) => {
    const points = results.map((r) => r.dimensions.find((x) => x.code === d.code)?.points).filter((p): p is number => p !== undefined)
    const m = mean(points)
    return { code: d.code, name: d.name, max: d.points, points: m === null ? null : round(m, 2) }
  })
}

/** A record's entries as a Map (a copy of the entries, not of the values). */
function recordAsMap<V>(record: Readonly<Record<string, V>>): Map<string, V> {
  const out = new Map<string, V>()
  for (const key of Object.keys(record)) out.set(key, record[key]!)
  return out
}

export function resultsHandlers({ store }: HandlerDeps) {
  return {
    'results.summary': async ({ campaignId }) => {
      const campaign = (await loadCampaign(store, campaignId)).data.campaign
      const { experts: pool, groups } = (await store.workspaceShard()).data
      const experts = campaign.expertIds.map((id) => pool.find((e) => e.id === id) ?? placeholderExpert(id))
      const sheetsByExpert = new Map<string, ReadonlyMap<string, ScoreSheet>>()
      // a copy of each record: saves replace entries of the shard's record in place, and the rows below
      // are computed in slices (the loop turns in between, issue 14), so all of them read one state.
      // A Map, not `{ ...record }`: spreading a record of 1,000 sheets into a new object cost 2–15 ms per
      // expert on this machine, a Map a tenth of that
      for (const e of experts) sheetsByExpert.set(e.id, recordAsMap((await store.sheetsShard(campaignId, e.id)).data.sheets as Record<string, ScoreSheet>))
      const rule = campaign.aggregation.rule
      const groupNames = groupNamesFor(groups, campaign.createdAt)
      const outcome = outcomeKind(campaign.rubric)
      const profile = outcome === 'profile'

      const submissions = countedSubmissions(campaign)
      const panelOf = (submissionId: SubmissionId) => experts.filter((e) => isAssigned(campaign, e.id, submissionId))
      const submittedOf = (submissionId: SubmissionId) =>
        panelOf(submissionId).flatMap((e) => {
          const s = sheetsByExpert.get(e.id)?.get(submissionId)
          return s?.status === 'submitted' ? [s] : []
        })
      // z-normalisation reads every submitted sheet of the counted submissions (anchors never count)
      const normaliser = rule === 'zNormalised'
        ? campaignNormaliser((await mapInSlices(submissions, (sub) => submittedOf(sub.id).map((s) => ({ expertId: s.expertId, total: storedSheetResult(rubricFor(campaign, s.rubricVersion), s).total })))).flat())
        : null
      const keyCodes = allIndicators(campaign.rubric).filter((i) => i.key).map((i) => i.code)

      // 1,000 submissions × 7 sheets: in slices of a few ms, never one long block of the loop (util/slices.ts)
      const rows: ResultRow[] = await mapInSlices(submissions, (submission) => {
        // the panel: the drawn 专家组 of this submission, or every campaign expert before any draw
        const panel = panelOf(submission.id)
        const results = new Map<string, StoredSheetResult>()
        const cells = panel.map((e) => {
          const s = sheetsByExpert.get(e.id)?.get(submission.id)
          const r = s ? storedSheetResult(rubricFor(campaign, s.rubricVersion), s) : null
          if (r && s?.status === 'submitted') results.set(e.id, r)
          return { expertId: e.id, expertName: e.name, status: s ? s.status : ('empty' as const), total: r?.total ?? null, deviation: null as number | null, flagged: false }
        })
        const submittedSheets = submittedOf(submission.id)
        const vetoes = tallyVetoes(campaign.rubric, panel.length, submittedSheets)
        const failed = failedEligibility(campaign.rubric, submittedSheets)
        const confirmed = vetoes.filter((v) => v.confirmed)
        // a diagnosis is never "not rated": a confirmed red line gives 需专项整改, the profile stands
        const redLine = profile && confirmed.length
          ? `红线：${confirmed.map((v) => v.text).join('；')}（${confirmed[0]!.count}/${panel.length} 名专家确认）`
          : null
        const notRated = profile ? null : confirmed.length
          ? `一票否决：${confirmed.map((v) => v.text).join('；')}（${confirmed[0]!.count}/${panel.length} 名专家确认）`
          : failed.length
            ? `资格条件不符合：${failed.map((c) => campaign.rubric.eligibility.find((e) => e.code === c)?.text ?? c).join('；')}`
            : null
        const submittedTotals = cells.filter((c) => c.status === 'submitted').map((c) => c.total!)
        const agg = panelAggregate(rule, notRated ? [] : [...results.entries()].map(([expertId, r]) => ({ expertId, total: r.total, base: r.base })), normaliser)
        if (agg.value !== null) {
          for (const c of cells) {
            if (c.status !== 'submitted') continue
            c.deviation = deviationFrom(agg.value, agg.scaled[c.expertId] ?? c.total!)
            c.flagged = Math.abs(c.deviation) > DEVIATION_FLAG_POINTS
          }
        }
        // thresholds read the result without 加分项 unless the rubric lets them count (outcome.ts)
        const threshold = agg.value === null ? null : thresholdScore(campaign.rubric, { total: agg.value, base: agg.baseValue ?? agg.value })
        const bandOfResult = threshold === null ? null : redLine ? RED_LINE_BAND : gradeForTotal(campaign.rubric.gradeBands, threshold)
        // ★ caps on the panel's levels (median of the experts' levels per ★ indicator)
        const capped = bandOfResult && !redLine ? panelGrade(bandOfResult.grade, keyCodes, submittedSheets) : null
        const band = capped && capped.grade !== bandOfResult!.grade
          ? { grade: capped.grade, label: campaign.rubric.gradeBands.find((b) => b.grade === capped.grade)?.label ?? capped.grade }
          : bandOfResult
        const award = threshold === null || outcome === 'profile' ? null : awardLevelFor(campaign.rubric.awardLevels, threshold)
        const gradeShown = outcome !== 'award'
        return {
          submission,
          groupName: groupNames[submission.groupId] ?? submission.groupId,
          experts: cells,
          submittedCount: submittedTotals.length,
          rule,
          applied: agg.applied,
          result: agg.value,
          dropped: agg.dropped,
          ruleNote: agg.note,
          gradeCap: capped?.capReason ?? null,
          grade: gradeShown ? (band?.grade ?? null) : null,
          gradeLabel: gradeShown ? (band?.label ?? null) : null,
          notRated,
          redLine,
          outcome,
          dimensions: profileOf(campaign.rubric, [...results.values()]),
          vetoes,
          awardLevel: award ? `${award.label}${award.requiresVote ? '（待票决）' : ''}` : null,
          awardCode: award?.code ?? null,
          provisional: isProvisional({ submittedCount: submittedTotals.length, panelSize: panel.length }),
          rank: null,
        }
      })
      // only complete results are ranked (ranking.ts); 暂定 rows keep rank null; a diagnosis is not a
      // contest (不作评比排名, outcome.ts): no rank at all
      const ranks = rankResults(
        rows.map((r) => ({ result: r.result, submittedCount: r.submittedCount, panelSize: r.experts.length })),
        { ranked: isRanked(campaign.rubric) },
      )
      rows.forEach((r, i) => (r.rank = ranks[i]!))
      const provisionalCount = rows.filter((r) => r.provisional && r.result !== null).length
      const names = new Map(experts.map((e) => [e.id, e.name]))
      const progress = campaignProgress(campaign, (id) => names.get(id) ?? id, (e, s) => sheetsByExpert.get(e)?.get(s)?.status === 'submitted')
      return { campaignId, rule, ruleText: ruleStatement(rule, keyCodes.length > 0), rows, provisionalCount, progress }
    },
  } satisfies HandlersOf<'results'>
}
