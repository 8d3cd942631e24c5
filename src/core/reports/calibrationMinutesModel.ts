import type { CalibrationSession, CalibrationSnapshot } from '../domain/calibration'
import type { Campaign } from '../domain/workspace'
import { calibrationFlags } from '../calibration/sessionFlags'
import { chineseDate } from '../util/chineseDate'
import { DEFAULT_REPORT_FONTS, type ReportFonts } from './scoreSheetModel'

/** 校准会纪要 as plain data (tested on its own), rendered by docx/calibrationMinutesDocx.ts. */
export interface MinutesModel {
  title: string
  campaignName: string
  sessionTitle: string
  date: string
  /** ISO time the document is dated by (closed, else revealed): the same session gives the same bytes */
  documentDate: string
  chair: string
  participants: string[]
  anchors: string[]
  /** before / after of each statistic, formatted */
  stats: Array<{ label: string; before: string; after: string }>
  anchorRows: Array<{ name: string; before: string; after: string }>
  discussed: string[]
  revisions: Array<{ expert: string; anchor: string; change: string; reason: string }>
  decisions: string[]
  /** closing line: when it ended, or that the figures are as of now */
  closing: string
  fonts: ReportFonts
}

const num = (x: number | null | undefined, digits = 3) => (x === null || x === undefined ? '无法计算' : x.toFixed(digits))
const pts = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${x.toFixed(2)} 分`)

const LEVEL_OR_POINTS = (e: { level?: string; points?: number } | null) => (e === null ? '未评' : e.level ?? `${e.points} 分`)

export function buildMinutesModel(input: {
  campaign: Campaign
  session: CalibrationSession
  /** the statistics after (at the close, or now when still open) */
  after: CalibrationSnapshot
  names: Record<string, string>
  fonts?: ReportFonts
}): MinutesModel {
  const { campaign, session: s, after, names } = input
  const before = s.before ?? after
  const name = (id: string) => names[id] ?? id
  const flagCount = (snap: CalibrationSnapshot) => `${calibrationFlags(snap, s.thresholds).length} 项`
  const anchor = (snap: CalibrationSnapshot, id: string) => {
    const a = snap.anchors.find((x) => x.submissionId === id)
    return a ? `平均 ${pts(a.trimmedMean)}，极差 ${pts(a.range)}` : '—'
  }
  return {
    title: '校准会纪要',
    campaignName: campaign.name,
    sessionTitle: s.title,
    date: chineseDate(new Date(s.revealedAt ?? s.openedAt)),
    documentDate: s.closedAt ?? s.revealedAt ?? s.openedAt,
    chair: s.chair,
    participants: s.participants.map(name),
    anchors: s.anchors.map(name),
    stats: [
      { label: '组内相关系数 ICC(2,1)', before: num(before.icc?.ICC2), after: num(after.icc?.ICC2) },
      { label: '组内相关系数 ICC(2,k)', before: num(before.icc?.ICC2k), after: num(after.icc?.ICC2k) },
      { label: '组内相关系数 ICC(3,1)', before: num(before.icc?.ICC3), after: num(after.icc?.ICC3) },
      { label: 'Kendall 和谐系数 W', before: num(before.kendallW), after: num(after.kendallW) },
      { label: 'Krippendorff α（等距）', before: num(before.alphaInterval), after: num(after.alphaInterval) },
      { label: '样卷总分平均极差', before: pts(before.meanRange), after: pts(after.meanRange) },
      { label: '需讨论的标记', before: flagCount(before), after: flagCount(after) },
    ],
    anchorRows: s.anchors.map((id) => ({ name: name(id), before: anchor(before, id), after: anchor(after, id) })),
    discussed: s.discussed.map(name),
    revisions: s.revisions.map((r) => ({
      expert: name(r.expertId),
      anchor: name(r.submissionId),
      change: `总分 ${r.beforeTotal.toFixed(2)} → ${r.afterTotal.toFixed(2)}（${r.changes.map((c) => `${c.code} ${LEVEL_OR_POINTS(c.before)}→${LEVEL_OR_POINTS(c.after)}`).join('；')}）`,
      reason: r.reason,
    })),
    decisions: s.decisions.map((d) => (d.indicators.length ? `${d.text}（涉及指标：${d.indicators.map(name).join('、')}）` : d.text)),
    closing: s.closedAt ? `校准会于${chineseDate(new Date(s.closedAt))}结束。` : '校准会尚未结束，以上“校准后”统计截至本纪要导出时。',
    fonts: input.fonts ?? DEFAULT_REPORT_FONTS,
  }
}
