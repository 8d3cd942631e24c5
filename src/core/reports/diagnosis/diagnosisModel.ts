import type { ReportFonts } from '../../domain/reportFonts'
import { chineseDate } from '../../util/chineseDate'
import { panelDate, panelSheets, type CampaignDocContext } from '../documentContext'
import type { BarData, RadarData } from '../charts/chartData'
import { CLOSING_PARTS, DIAGNOSIS_PARTS, DIAGNOSIS_PART_LABELS, ISSUE_KIND_LABELS, type ClosingPart } from './diagnosisFile'
import { buildDiagnosisView, type CompareView } from './diagnosisView'

/**
 * 专业建设诊断报告 (docs/domain/report-format.md, document 3) as plain data: only what the consultant
 * accepted is in it; charts as data (the docx renders them to PNG from the same SVG as everywhere).
 */
export interface DiagnosisReportModel {
  title: string
  cover: { school: string; diagnosingBody: string; reportNo: string; date: string; mark: string }
  overview: string[]
  basics: Array<{ label: string; value: string }>
  overall: { text: string; radar: RadarData }
  bars: BarData
  dimensions: Array<{ name: string; parts: Array<{ label: string; text: string }> }>
  closing: Record<ClosingPart, string>
  issues: Array<{ kind: string; text: string; owner: string; deadline: string }>
  compare: CompareView | null
  scoreTable: Array<{ name: string; max: number; points: string; pct: string; average: string }>
  panel: Array<{ name: string; unit: string; title: string }>
  evidence: string[]
  signOff: { body: string; date: string }
  issuedAt: string
  fonts: ReportFonts
}

const pct = (p: number | null | undefined) => (p === null || p === undefined ? '—' : `${p}%`)

export function buildDiagnosisReportModel(ctx: CampaignDocContext, submissionId: string): DiagnosisReportModel {
  const v = buildDiagnosisView(ctx, submissionId)
  const s = ctx.campaign.submissions.find((x) => x.id === submissionId)!
  const panel = panelSheets(ctx, submissionId)
  const times = panel.map((p) => p.sheet.submittedAt ?? p.sheet.updatedAt).sort()
  const issuedAt = panelDate(ctx, submissionId)
  const date = chineseDate(new Date(issuedAt))
  const group = ctx.results.rows.find((r) => r.submission.id === submissionId)?.groupName ?? ''
  const above = v.profile.dimensions.filter((d) => d.pct !== null && (v.average[d.code] ?? null) !== null && d.pct > v.average[d.code]!).length
  return {
    title: `${s.school}${s.program}专业建设诊断报告`,
    cover: { school: s.school, diagnosingBody: v.file.diagnosingBody, reportNo: v.file.reportNo, date, mark: '内部资料' },
    overview: [
      `诊断依据：《${ctx.campaign.rubric.name}》（第${ctx.campaign.rubric.version}版），${ctx.campaign.name}。`,
      `诊断范围：${s.school}${s.program}专业建设情况，涵盖${ctx.campaign.rubric.dimensions.length}个一级指标、${v.profile.indicators.length}个二级指标。`,
      `诊断专家：${panel.map((p) => p.expert.name).join('、') || '—'}，共${panel.length}名。`,
      '诊断方法：审阅申报材料和佐证材料，对照指标体系逐项评分，结合专家意见形成诊断结论。',
      `诊断时间：${times.length ? `${chineseDate(new Date(times[0]!))}至${chineseDate(new Date(times.at(-1)!))}` : date}。`,
    ],
    basics: [
      { label: '学校', value: s.school },
      { label: '专业', value: s.program },
      { label: '专业建设协作组', value: group || '—' },
      ...Object.entries(s.extra).map(([label, value]) => ({ label, value })),
    ],
    overall: {
      text:
        v.profile.total === null
          ? '尚无已提交的评分。'
          : `该专业诊断总分 ${v.profile.total.toFixed(2)} 分，诊断等次为${v.gradeText}。${v.profile.dimensions.length}个一级指标中有${above}个高于联盟同类专业平均水平。`,
      radar: v.radar,
    },
    bars: v.bars,
    dimensions: v.profile.dimensions.map((d) => ({
      name: d.name,
      parts: DIAGNOSIS_PARTS.filter((p) => v.parts[d.code]?.[p]?.accepted && v.parts[d.code]![p].text.trim()).map((p) => ({
        label: DIAGNOSIS_PART_LABELS[p],
        text: v.parts[d.code]![p].text,
      })),
    })),
    closing: Object.fromEntries(CLOSING_PARTS.map((p) => [p, v.closing[p].accepted ? v.closing[p].text : ''])) as Record<ClosingPart, string>,
    issues: v.issuesDrafted ? [] : v.issues.map((i) => ({ kind: ISSUE_KIND_LABELS[i.kind], text: i.text, owner: i.owner, deadline: i.deadline })),
    compare: v.compare,
    scoreTable: v.profile.dimensions.map((d) => ({ name: d.name, max: d.max, points: d.points === null ? '—' : d.points.toFixed(2), pct: pct(d.pct), average: pct(v.average[d.code]) })),
    panel: panel.map((p) => ({ name: p.expert.name, unit: p.expert.unit, title: p.expert.title })),
    evidence: s.materials.map((m) => m.name),
    signOff: { body: v.file.diagnosingBody, date },
    issuedAt,
    fonts: ctx.fonts,
  }
}
