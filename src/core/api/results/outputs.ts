import type { OutcomeKind } from '../../scoring/outcome'
import type { AggregationRule, Submission } from '../../domain/workspace'
import type { Grade } from '../../domain/rubric'
import type { VetoTally } from '../../scoring/panelRules'
import type { CampaignProgress } from '../../scoring/progress'

export interface ResultRow {
  submission: Submission
  groupName: string
  experts: Array<{ expertId: string; expertName: string; status: 'empty' | 'draft' | 'submitted'; total: number | null; deviation: number | null; flagged: boolean }>
  submittedCount: number
  rule: AggregationRule
  applied: AggregationRule
  result: number | null
  dropped: { highest?: number; lowest?: number }
  /** how the rule was applied here when it differs from its statement (trimmed mean below 5 sheets, z fallback) */
  ruleNote: string | null
  /** why the grade is below the band of the result: ★ panel levels at D (scoring/panelAggregate.ts) */
  gradeCap: string | null
  grade: Grade | null
  gradeLabel: string | null
  /** 不予评定 and why (confirmed veto, failed eligibility); null when rated. Never set for a diagnosis. */
  notRated: string | null
  /** 诊断: a confirmed red line and its reason; the grade is then D 需专项整改 and the profile stands */
  redLine: string | null
  /** what the result is (scoring/outcome.ts): profile (diagnosis), grade, award */
  outcome: OutcomeKind
  /** the panel's points per 一级指标 (mean of the submitted sheets) */
  dimensions: Array<{ code: string; name: string; max: number; points: number | null }>
  vetoes: VetoTally[]
  /** 奖项等级 reached by the result, with "（待票决）" when it needs a vote; never for a diagnosis */
  awardLevel: string | null
  /** the code of that 奖项等级 (before any vote), for the 评定 stage (core/decisions); null when none */
  awardCode: string | null
  /** 暂定: fewer sheets submitted than the panel has members (submittedCount / experts.length); never ranked */
  provisional: boolean
  /** null for 暂定 results, rows without a result, and a diagnosis (不作评比排名; scoring/ranking.ts) */
  rank: number | null
}

export interface ResultsSummary {
  campaignId: string
  rule: AggregationRule
  /** the campaign's rule and the ★ panel-level rule, stated beside every result (scoring/panelAggregate.ts) */
  ruleText: string
  rows: ResultRow[]
  /** rows with a result that is still 暂定 (not every panel member has submitted), left out of the ranking */
  provisionalCount: number
  /** 评分进度 per expert and per submission (core/scoring/progress.ts), what the overview shows */
  progress: CampaignProgress
}

export interface ResultsOutputs {
  'results.summary': ResultsSummary
}
