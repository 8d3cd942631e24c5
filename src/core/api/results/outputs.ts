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
  grade: Grade | null
  gradeLabel: string | null
  /** 不予评定 and why (confirmed veto, failed eligibility); null when rated */
  notRated: string | null
  vetoes: VetoTally[]
  /** 奖项等级 reached by the result, with "（待票决）" when it needs a vote */
  awardLevel: string | null
  rank: number | null
}

export interface ResultsSummary {
  campaignId: string
  rule: AggregationRule
  ruleText: string
  rows: ResultRow[]
  /** 评分进度 per expert and per submission (core/scoring/progress.ts), what the overview shows */
  progress: CampaignProgress
}

export interface ResultsOutputs {
  'results.summary': ResultsSummary
}
