import { REVIEW_KIND_LABELS } from '../domain/rubric'
import type { ReportFonts } from '../domain/reportFonts'
import { subjectOf } from '../domain/submissionLabel'
import { chineseDate } from '../util/chineseDate'
import { round } from '../util/round'
import { panelDate, panelSheets, type CampaignDocContext } from './documentContext'

/**
 * 专家组评审意见 (docs/domain/report-format.md, document 2) of one submission as plain data: each
 * expert's total, the aggregation rule and the result, grade or award level, the veto outcome, the
 * panel's opinion gathered from the sheets (strengths, problems, advice, comments), and the signature
 * lines of the 组长 and members. Built from results.summary, so every number is the one the
 * secretariat sees.
 */
export interface PanelOpinionModel {
  title: string
  campaignName: string
  reviewKindLabel: string
  school: string
  subjectName: string
  fields: Array<{ label: string; value: string }>
  groupName: string
  experts: Array<{ name: string; unit: string; title: string; role: '组长' | '成员'; total: string }>
  ruleText: string
  /** e.g. "去掉最高分 92.00、最低分 71.20 后取平均" or "" */
  droppedText: string
  resultText: string
  /** 评定等次 / 奖项等级（参考） / 诊断结论 */
  outcomeHeading: string
  outcomeText: string
  /** one line per veto (red line) raised, with the tally; "无" when none */
  vetoLines: string[]
  /** "暂定：…" when not every panel member has submitted */
  provisionalNote: string
  opinion: { strengths: string[]; problems: string[]; advice: string[]; comments: string[] }
  date: string
  issuedAt: string
  fonts: ReportFonts
}

const two = (n: number) => round(n, 2).toFixed(2)

export function buildPanelOpinionModel(ctx: CampaignDocContext, submissionId: string): PanelOpinionModel {
  const { campaign } = ctx
  const row = ctx.results.rows.find((r) => r.submission.id === submissionId)
  if (!row) throw new RangeError(`buildPanelOpinionModel: no submission ${submissionId}`)
  const s = row.submission
  const subject = subjectOf(s, campaign.kind)
  const chairId = campaign.assignments[s.id]?.chairId
  const ordered = [...row.experts].sort((a, b) => Number(b.expertId === chairId) - Number(a.expertId === chairId))
  const experts = ordered.map((c) => {
    const e = ctx.experts.find((x) => x.id === c.expertId)
    return {
      name: c.expertName,
      unit: e?.unit ?? '',
      title: e?.title ?? '',
      role: c.expertId === chairId ? ('组长' as const) : ('成员' as const),
      total: c.status === 'submitted' && c.total !== null ? two(c.total) : '未提交',
    }
  })
  const dropped = [
    row.dropped.highest !== undefined ? `最高分 ${two(row.dropped.highest)}` : '',
    row.dropped.lowest !== undefined ? `最低分 ${two(row.dropped.lowest)}` : '',
  ].filter(Boolean)
  const profile = row.outcome === 'profile'
  const outcomeHeading = profile ? '诊断结论' : row.outcome === 'award' ? '奖项等级（参考）' : '评定等次'
  const outcomeText = row.notRated
    ? `不予评定（${row.notRated}）`
    : row.outcome === 'award'
      ? (row.awardLevel ?? '未达到奖项分数线')
      : row.grade
        ? `${row.grade} ${row.gradeLabel}${row.redLine ? `（${row.redLine}）` : ''}`
        : '—'
  const vetoWord = profile ? '红线' : '一票否决'
  const vetoLines = row.vetoes.length
    ? row.vetoes.map((v) => `${v.text}：${v.count} 名专家提出，需 ${v.needed} 名确认，${v.confirmed ? '成立' : '不成立'}`)
    : [`无专家提出${vetoWord}事项`]
  const sheets = panelSheets(ctx, s.id)
  const dimName = (code: string) => campaign.rubric.dimensions.find((d) => d.code === code)?.name ?? code
  const notes = (field: 'problems' | 'advice') =>
    sheets.flatMap(({ sheet }) =>
      Object.entries(sheet.dimensionNotes ?? {})
        .filter(([, n]) => n[field].trim())
        .map(([code, n]) => `${dimName(code)}：${n[field].trim()}`),
    )
  const issuedAt = panelDate(ctx, s.id)
  return {
    title: '专家组评审意见',
    campaignName: campaign.name,
    reviewKindLabel: REVIEW_KIND_LABELS[campaign.kind],
    school: s.school,
    subjectName: subject.name,
    fields: subject.fields.filter((f) => f.audience === 'all').map((f) => ({ label: f.label, value: f.value })),
    groupName: row.groupName,
    experts,
    ruleText: ctx.results.ruleText,
    droppedText: dropped.length ? `去掉${dropped.join('、')}后取平均` : '',
    resultText: row.result === null ? '尚无已提交的评分' : `${two(row.result)} 分`,
    outcomeHeading,
    outcomeText,
    vetoLines,
    provisionalNote: row.provisional && row.result !== null ? `暂定：专家组 ${row.experts.length} 名专家中已有 ${row.submittedCount} 名提交评分，结果待全部提交后确定。` : '',
    opinion: {
      strengths: sheets.map(({ sheet }) => sheet.highlights.trim()).filter(Boolean),
      problems: notes('problems'),
      advice: notes('advice'),
      comments: sheets.map(({ sheet }) => sheet.comment.trim()).filter(Boolean),
    },
    date: chineseDate(new Date(issuedAt)),
    issuedAt,
    fonts: ctx.fonts,
  }
}
