import { buildDecisionsView } from '../../decisions/decisionsView'
import { isRanked } from '../../scoring/outcome'
import type { CampaignDocContext } from '../documentContext'
import type { DocumentKind } from '../documentKinds'
import { buildDecisionListDocx, DECISION_LIST_FILE_NAMES } from '../decisionListFiles'
import type { DecisionListKind } from '../decisionListModel'

/** The issuer when the context does not name the workspace. */
const DEFAULT_ISSUER = '专家委员会'

/** The 评定 view from the loaded context (no I/O): the same view decisions.get returns. */
function viewOf(ctx: CampaignDocContext) {
  const names = new Map(ctx.experts.map((e) => [e.id as string, e.name]))
  return buildDecisionsView({ campaign: ctx.campaign, summary: ctx.results, sheets: ctx.sheets, nameOf: (id) => names.get(id) ?? id })
}

function decisionListKind(kind: DecisionListKind): DocumentKind {
  return {
    id: kind,
    label: DECISION_LIST_FILE_NAMES[kind],
    // a diagnosis is not ranked (不作评比排名): no list
    appliesTo: (campaign) => isRanked(campaign.rubric),
    // one per campaign, named by the campaign
    list: (ctx) => [{ key: ctx.campaign.id, school: ctx.campaign.name, subject: '' }],
    render: (ctx) =>
      buildDecisionListDocx(viewOf(ctx), kind, { issuer: ctx.workspaceName ?? DEFAULT_ISSUER, date: new Date(ctx.exportedAt), fonts: ctx.fonts }),
  }
}

/** 评审结果汇总表: every entry with rank, result, ★ subtotal, decided level, votes (issue 12). */
export const resultSummaryKind = decisionListKind('resultSummary')
/** 拟表彰名单: the decided levels for 公示, with its period (issue 12). */
export const awardListKind = decisionListKind('awardList')
