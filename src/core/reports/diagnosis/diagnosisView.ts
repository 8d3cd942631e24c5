import { mean } from '../../scoring/aggregate'
import { round } from '../../util/round'
import { panelSheets, type CampaignDocContext } from '../documentContext'
import type { BarData, RadarData } from '../charts/chartData'
import { CLOSING_PARTS, type ClosingPart, type DiagnosisFile, type DiagnosisPart, type IssueRow, type PartText } from './diagnosisFile'
import { draftClosing, draftIssues, draftParts, workingParts } from './draft'
import { programProfile, type ProgramProfile } from './profile'
import { emptyDiagnosis } from './diagnosisFile'

/** A diagnosed program as its peers see it: for the alliance average and the best school. */
export interface DiagnosisPeer {
  campaignId: string
  submissionId: string
  total: number | null
  /** achievement per 一级指标 code, 0–100 */
  pct: Record<string, number | null>
}

/** An earlier diagnosis of the same program (复诊 baseline). */
export interface DiagnosisBaseline {
  campaignName: string
  /** ISO date of its last submitted sheet */
  date: string
  profile: ProgramProfile
  issues: IssueRow[]
}

export interface CompareView {
  campaignName: string
  date: string
  dimensions: Array<{ name: string; before: number | null; after: number | null; delta: number | null }>
  issues: Array<{ kind: IssueRow['kind']; text: string; solved: boolean }>
}

/** What the consultant's screen and the report are built from (one function, so both show the same). */
export interface DiagnosisView {
  submissionId: string
  school: string
  program: string
  gradeText: string
  profile: ProgramProfile
  average: Record<string, number | null>
  radar: RadarData
  bars: BarData
  parts: Record<string, Record<DiagnosisPart, PartText & { draft: string }>>
  closing: Record<ClosingPart, PartText & { draft: string }>
  issues: IssueRow[]
  /** true while the 问题清单 shown is the draft (nothing saved yet) */
  issuesDrafted: boolean
  compare: CompareView | null
  file: DiagnosisFile
}

const issueKey = (text: string) => text.split('：')[0]!.trim()

export function compareDiagnoses(current: ProgramProfile, issues: readonly IssueRow[], base: DiagnosisBaseline): CompareView {
  return {
    campaignName: base.campaignName,
    date: base.date,
    dimensions: current.dimensions.map((d) => {
      const before = base.profile.dimensions.find((b) => b.code === d.code)?.pct ?? null
      return { name: d.name, before, after: d.pct, delta: before === null || d.pct === null ? null : round(d.pct - before, 1) }
    }),
    // solved: the current 问题清单 no longer names it (same 指标 or same text)
    issues: base.issues.map((i) => ({ kind: i.kind, text: i.text, solved: !issues.some((c) => issueKey(c.text) === issueKey(i.text)) })),
  }
}

export function buildDiagnosisView(ctx: CampaignDocContext, submissionId: string): DiagnosisView {
  const row = ctx.results.rows.find((r) => r.submission.id === submissionId)
  if (!row) throw new RangeError(`buildDiagnosisView: no submission ${submissionId}`)
  const file = ctx.diagnoses.get(submissionId) ?? emptyDiagnosis(ctx.campaign.id, submissionId)
  const sheets = panelSheets(ctx, submissionId).map((p) => p.sheet)
  const profile = programProfile(ctx.campaign, sheets)
  const dims = ctx.campaign.rubric.dimensions
  const average = Object.fromEntries(
    dims.map((d) => {
      const m = mean(ctx.peers.map((p) => p.pct[d.code]).filter((v): v is number => typeof v === 'number'))
      return [d.code, m === null ? null : round(m, 1)]
    }),
  )
  const best = [...ctx.peers].filter((p) => p.total !== null).sort((a, b) => b.total! - a.total!)[0]
  const gradeText = row.grade ? `${row.grade} ${row.gradeLabel}` : '—'
  const draftedIssues = draftIssues(profile, (i) => `draft-${i + 1}`)
  const issuesDrafted = file.version === 0 && file.issues.length === 0
  const issues = issuesDrafted ? draftedIssues : file.issues
  const drafts = draftParts({ campaign: ctx.campaign, profile, sheets, library: ctx.adviceLibrary, average })
  const closingDrafts = draftClosing({ profile, sheets, gradeText, issues })
  const baseline = ctx.baselines.get(submissionId)
  const compare = baseline ? compareDiagnoses(profile, issues, baseline) : null
  const series: RadarData['series'] = [
    { name: '本专业', values: profile.dimensions.map((d) => d.pct) },
    { name: '联盟平均', values: dims.map((d) => average[d.code] ?? null) },
  ]
  if (best) series.push({ name: '最佳院校（匿名）', values: dims.map((d) => best.pct[d.code] ?? null) })
  if (baseline) series.push({ name: '上次诊断', values: dims.map((d) => baseline.profile.dimensions.find((b) => b.code === d.code)?.pct ?? null) })
  return {
    submissionId,
    school: row.submission.school,
    program: row.submission.program,
    gradeText,
    profile,
    average,
    radar: { axes: dims.map((d) => d.name), series },
    bars: { bars: profile.indicators.map((i) => ({ label: `${i.code} ${i.name}`, value: i.pct })) },
    parts: workingParts(file, drafts),
    closing: Object.fromEntries(
      CLOSING_PARTS.map((p) => [p, { text: file[p]?.text ?? closingDrafts[p], accepted: file[p]?.accepted ?? false, draft: closingDrafts[p] }]),
    ) as DiagnosisView['closing'],
    issues,
    issuesDrafted,
    compare,
    file,
  }
}
