import { chineseDay } from '../decisions/dates'
import { chineseDate } from '../util/chineseDate'
import { DEFAULT_REPORT_FONTS, type ReportFonts } from './scoreSheetModel'

/**
 * 拟表彰名单 and 评审结果汇总表 (docs/domain/report-format.md document 4, issue 12): plain data first,
 * rendered to .docx (docx/decisionListDocx.ts) and .xlsx (xlsx/decisionListXlsx.ts) from the same model,
 * so the two files never disagree.
 *
 * The source is the 评定 view (api decisions.get returns exactly this shape); only what is printed is
 * read from it.
 */
export type DecisionListKind = 'awardList' | 'resultSummary'

export interface DecisionListSource {
  campaignName: string
  kindLabel: string
  entryCount: number
  rules: { aggregation: string; tie: string; quota: string; vote: string; keySubtotal: string }
  levels: ReadonlyArray<{ code: string; label: string; limitText: string }>
  rows: ReadonlyArray<{
    id: string
    rank: number | null
    school: string
    subject: string
    applicant: string
    result: number | null
    keySubtotal: number | null
    status: 'ranked' | 'provisional' | 'notRated' | 'noResult'
    excludedReason: string | null
    decidedLevel: string | null
    decidedLabel: string
  }>
  votes: ReadonlyArray<{ submissionId: string; motionText: string; tally: { text: string; short: string; passed: boolean }; superseded: boolean }>
  publication: { from: string; to: string; version: number } | null
}

export interface DecisionListModel {
  kind: DecisionListKind
  title: string
  subtitle: string
  intro: string
  /** 拟表彰名单: one group per 奖项等级 that has entries; 汇总表: one group */
  groups: Array<{ heading: string | null; rows: string[][] }>
  columns: string[]
  notes: string[]
  signOff: { issuer: string; date: string }
  /** the day the list is issued (ISO): the sign-off date and the package's date (same data, same bytes) */
  issuedAt: string
  fonts: ReportFonts
}

/** Every user-visible string of these documents in one place. */
export const DECISION_LIST_TEXT = {
  title: { awardList: '拟表彰名单', resultSummary: '评审结果汇总表' },
  awardColumns: ['序号', '名称', '申报单位', '申报人', '最终得分'],
  summaryColumns: ['名次', '名称', '申报单位', '最终得分', '★小计', '评定结果', '票决及备注'],
  levelHeading: (label: string, n: number) => `${label}（${n}项）`,
  intro: (campaign: string, n: number) => `${campaign}共受理申报 ${n} 项，经专家网评、委员会会评及票决，评定结果如下。`,
  subtitle: (published: boolean) => (published ? '（公示稿）' : '（讨论稿）'),
  noticeLine: (from: string, to: string) => `公示期为${from}至${to}。公示期内，对公示对象有异议的，请以书面形式向联盟专家委员会秘书处提出，并提供必要的证明材料；以个人名义提出的请署真实姓名。`,
  notPublished: '（尚未公示）',
  none: '无',
  noAward: '本次评审无拟表彰对象。',
  rulesHeading: '说明：',
} as const

const T = DECISION_LIST_TEXT
const score = (n: number | null) => (n === null ? '—' : n.toFixed(2))

export function buildDecisionListModel(
  source: DecisionListSource,
  kind: DecisionListKind,
  options: { issuer: string; date: Date; fonts?: ReportFonts },
): DecisionListModel {
  const notice = source.publication ? T.noticeLine(chineseDay(source.publication.from), chineseDay(source.publication.to)) : T.notPublished
  const votesOf = (id: string) => source.votes.filter((v) => v.submissionId === id && !v.superseded).map((v) => `${v.motionText}：${v.tally.short}`)
  const ranked = source.rows.filter((r) => r.status === 'ranked')
  const groups: DecisionListModel['groups'] =
    kind === 'awardList'
      ? source.levels
          .map((l) => ranked.filter((r) => r.decidedLevel === l.code))
          .map((rows, i) => ({
            heading: T.levelHeading(source.levels[i]!.label, rows.length),
            rows: rows.map((r, k) => [String(k + 1), r.subject, r.school, r.applicant || '—', score(r.result)]),
          }))
          .filter((g) => g.rows.length > 0)
      : [
          {
            heading: null,
            rows: source.rows.map((r) => [
              r.rank === null ? '—' : String(r.rank),
              r.subject,
              r.school,
              score(r.result),
              score(r.keySubtotal),
              r.decidedLabel,
              [...votesOf(r.id), ...(r.excludedReason ? [r.excludedReason] : [])].join('；') || '—',
            ]),
          },
        ]
  const notes = [
    `合成规则：${source.rules.aggregation}。`,
    `排名规则：${source.rules.tie}；${source.rules.keySubtotal}。`,
    `名额：${source.levels.map((l) => `${l.label}${l.limitText}`).join('；') || T.none}。${source.rules.quota}。`,
    `票决规则：${source.rules.vote}。`,
  ]
  return {
    kind,
    title: `${source.campaignName}${T.title[kind]}`,
    subtitle: T.subtitle(source.publication !== null),
    intro: `${T.intro(source.campaignName, source.entryCount)}${kind === 'awardList' ? notice : ''}`,
    groups: kind === 'awardList' && groups.length === 0 ? [] : groups,
    columns: [...(kind === 'awardList' ? T.awardColumns : T.summaryColumns)],
    notes,
    signOff: { issuer: options.issuer, date: chineseDate(options.date) },
    issuedAt: options.date.toISOString(),
    fonts: options.fonts ?? DEFAULT_REPORT_FONTS,
  }
}
