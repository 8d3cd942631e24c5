import { placeholderExpert, type Campaign, type ScoreSheet } from '../../domain/workspace'
import type { CampaignId } from '../../domain/ids'
import type { CampaignDocContext } from '../../reports/documentContext'
import type { DiagnosisFile } from '../../reports/diagnosis/diagnosisFile'
import type { DiagnosisBaseline, DiagnosisPeer } from '../../reports/diagnosis/diagnosisView'
import { programProfile } from '../../reports/diagnosis/profile'
import { round } from '../../util/round'
import type { HandlerDeps } from '../shared/deps'
import { loadCampaign, isAssigned } from '../shared/load'
import { resultsHandlers } from '../results/handlers'
import { reportFontsOf } from './fontHandlers'
import { documentSigning } from './issued'
import { minutesAfter, namesOf } from '../calibration/context'

/**
 * Loads everything the documents of a campaign are built from (reports/documentContext.ts): the
 * campaign, its experts and sheets, results.summary (the one home of aggregation), the diagnoses and
 * the 建议库, the alliance's diagnosed programs for averages, and 复诊 baselines.
 */
export async function loadDocContext(deps: HandlerDeps, campaignId: CampaignId): Promise<CampaignDocContext> {
  const { store } = deps
  const campaign = (await loadCampaign(store, campaignId)).data.campaign
  const ws = (await store.workspaceShard()).data
  const experts = campaign.expertIds.map((id) => ws.experts.find((e) => e.id === id) ?? placeholderExpert(id))
  const sheets = new Map<string, Record<string, ScoreSheet>>()
  for (const e of experts) sheets.set(e.id, (await store.sheetsShard(campaignId, e.id)).data.sheets as Record<string, ScoreSheet>)
  const summary = resultsHandlers(deps)['results.summary']
  const results = await summary({ campaignId })
  const diagnoses = new Map<string, DiagnosisFile>()
  if (campaign.kind === 'diagnostic') {
    for (const id of await store.diagnosisIds(campaignId)) diagnoses.set(id, (await store.diagnosisShard(campaignId, id)).data)
  }
  const peers: DiagnosisPeer[] = []
  const baselines = new Map<string, DiagnosisBaseline>()
  if (campaign.kind === 'diagnostic') {
    for (const id of await store.campaignIds()) {
      const other = id === campaignId ? campaign : (await store.campaignShard(id)).data.campaign
      if (other.kind !== 'diagnostic') continue
      const rows = id === campaignId ? results.rows : (await summary({ campaignId: id })).rows
      for (const r of rows) {
        if (r.submittedCount === 0) continue
        peers.push({
          campaignId: id,
          submissionId: r.submission.id,
          total: r.result,
          pct: Object.fromEntries(r.dimensions.map((d) => [d.code, d.points === null ? null : round((d.points / d.max) * 100, 1)])),
        })
      }
    }
    for (const [submissionId, file] of diagnoses) {
      if (file.baseline) baselines.set(submissionId, await loadBaseline(deps, file.baseline))
    }
  }
  return {
    campaign,
    experts,
    groups: ws.groups,
    fonts: reportFontsOf(ws),
    sheets,
    results,
    diagnoses,
    adviceLibrary: (await store.adviceLibraryShard()).data,
    peers,
    baselines,
    workspaceName: ws.name,
    exportedAt: deps.now().toISOString(),
    calibration: await calibrationOf(deps, campaign),
    signing: await documentSigning(store, experts.map((e) => e.id), deps.now),
  }
}

/** The 校准会's statistics for its minutes, once revealed: those of the close, or of now while open. */
async function calibrationOf({ store, now }: HandlerDeps, campaign: Campaign): Promise<CampaignDocContext['calibration']> {
  const s = campaign.calibration
  if (!s?.revealedAt) return undefined
  return { after: await minutesAfter(store, campaign, s, now().toISOString()), names: await namesOf(store, campaign) }
}

/** The earlier diagnosis a 复诊 compares with: its panel's profile and its saved 问题清单. */
async function loadBaseline(deps: HandlerDeps, ref: { campaignId: string; submissionId: string }): Promise<DiagnosisBaseline> {
  const { store } = deps
  const campaign = (await loadCampaign(store, ref.campaignId as CampaignId)).data.campaign
  const sheets: ScoreSheet[] = []
  for (const id of campaign.expertIds) {
    if (!isAssigned(campaign, id, ref.submissionId as never)) continue
    const s = (await store.sheetsShard(campaign.id, id)).data.sheets[ref.submissionId]
    if (s?.status === 'submitted') sheets.push(s as ScoreSheet)
  }
  const ids = await store.diagnosisIds(campaign.id)
  const file = ids.includes(ref.submissionId) ? (await store.diagnosisShard(campaign.id, ref.submissionId)).data : null
  return {
    campaignName: campaign.name,
    date: sheets.map((s) => s.submittedAt ?? s.updatedAt).sort().at(-1) ?? campaign.createdAt,
    profile: programProfile(campaign, sheets),
    issues: file ? [...file.issues] : [],
  }
}
