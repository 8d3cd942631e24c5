import { buildDecisionListModel, type DecisionListKind, type DecisionListSource } from './decisionListModel'
import { renderDecisionListDocx } from './docx/decisionListDocx'
import { renderDecisionListXlsx } from './xlsx/decisionListXlsx'
import type { ReportFonts } from './scoreSheetModel'

/**
 * The 拟表彰名单 / 评审结果汇总表 files of one campaign, for every caller (the decisions API, a batch
 * export of all documents): pass the 评定 view and who issues it. The view comes from `decisions.get`,
 * or, from loaded data without I/O, from core/decisions/decisionsView.ts:
 *   buildDecisionsView({ campaign, summary: results, sheets, nameOf })
 * (a CampaignDocContext has all four: ctx.campaign, ctx.results, ctx.sheets, ctx.experts for names).
 */
export interface DecisionListOptions {
  /** the sign-off, e.g. the workspace's name "联盟专家委员会" */
  issuer: string
  /** the date printed under the sign-off */
  date: Date
  fonts?: ReportFonts
}

export function buildDecisionListDocx(source: DecisionListSource, kind: DecisionListKind, options: DecisionListOptions): Promise<Uint8Array> {
  return renderDecisionListDocx(buildDecisionListModel(source, kind, options))
}

/** Both lists in one workbook (sheets 拟表彰名单, 评审结果汇总表, 说明). */
export function buildDecisionListXlsx(source: DecisionListSource, options: DecisionListOptions): Promise<Uint8Array> {
  return renderDecisionListXlsx((['awardList', 'resultSummary'] as const).map((k) => buildDecisionListModel(source, k, options)))
}

export const DECISION_LIST_FILE_NAMES: Record<DecisionListKind, string> = { awardList: '拟表彰名单', resultSummary: '评审结果汇总表' }
