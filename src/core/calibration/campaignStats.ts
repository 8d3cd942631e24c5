import { agreementReport, type AgreementReport } from './agreement'
import { submissionSpread, type SubmissionSpread } from './describe'
import type { Rating } from './matrix'
import type { Stat } from './outcome'
import { raterProfiles, type Severity } from './severity'

/** One submitted sheet as the statistics need it: its total and its points per indicator. */
export interface ScoredSheet {
  submissionId: string
  expertId: string
  total: number
  /** indicator code → points (null: not scored) */
  points: Readonly<Record<string, number | null>>
}

export interface CampaignMatrices {
  submissionIds: string[]
  expertIds: string[]
  /** rows submissions, columns experts: sheet totals */
  totals: Rating[][]
  /** indicator code → rows submissions, columns experts: points on that indicator */
  byIndicator: Record<string, Rating[][]>
}

/**
 * The campaign's ratings matrices. Only the sheets passed in count (the caller passes submitted
 * sheets: a draft is not a rating yet). A submission scored by a panel leaves the other experts'
 * cells missing, so the matrices are sparse whenever panels are smaller than the campaign's experts.
 */
export function campaignMatrices(
  submissionIds: readonly string[],
  expertIds: readonly string[],
  indicatorCodes: readonly string[],
  sheets: readonly ScoredSheet[],
): CampaignMatrices {
  const row = new Map(submissionIds.map((id, i) => [id, i]))
  const col = new Map(expertIds.map((id, j) => [id, j]))
  const empty = (): Rating[][] => submissionIds.map(() => expertIds.map((): Rating => null))
  const totals = empty()
  const byIndicator: Record<string, Rating[][]> = Object.fromEntries(indicatorCodes.map((c) => [c, empty()]))
  for (const s of sheets) {
    const i = row.get(s.submissionId)
    const j = col.get(s.expertId)
    if (i === undefined || j === undefined) continue
    totals[i]![j] = s.total
    for (const code of indicatorCodes) byIndicator[code]![i]![j] = s.points[code] ?? null
  }
  return { submissionIds: [...submissionIds], expertIds: [...expertIds], totals, byIndicator }
}

export interface CampaignStats {
  /** agreement on sheet totals */
  campaign: AgreementReport
  /** agreement on each indicator's points */
  indicators: Record<string, AgreementReport>
  submissions: Array<{ submissionId: string } & SubmissionSpread>
  experts: Array<{ expertId: string; severity: Stat<Severity> }>
  /** how missing cells were handled, in Chinese, for the output and the minutes */
  missingRule: string
}

export const MISSING_RULE =
  '未评任何对象的专家不参与计算；ICC 与 Kendall W 只使用其余专家全部已评分的评审对象（有缺评的整行剔除，注明使用数量）；各评审对象由不同专家组评分时另给出单向模型 ICC(1)（iccPanels），与 Krippendorff α 一样使用所有至少有 2 个评分的评审对象中的全部评分。'

/** Every statistic of a campaign: agreement on totals and per indicator, spread per submission, severity per expert. */
export function campaignStats(m: CampaignMatrices): CampaignStats {
  const profiles = raterProfiles(m.totals)
  return {
    campaign: agreementReport(m.totals),
    indicators: Object.fromEntries(Object.entries(m.byIndicator).map(([code, mx]) => [code, agreementReport(mx)])),
    submissions: m.totals.map((row, i) => ({
      submissionId: m.submissionIds[i]!,
      ...submissionSpread(row.filter((v): v is number => v !== null)),
    })),
    experts: m.expertIds.map((expertId, j) => ({ expertId, severity: profiles[j]!.severity })),
    missingRule: MISSING_RULE,
  }
}
