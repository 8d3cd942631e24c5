import type { ExpertId, SubmissionId } from '../domain/ids'
import type { Campaign } from '../domain/workspace'
import { pairKey } from './conflicts'

/**
 * 回避声明 per submission in the 承诺书 (issue 9 item 7; docs/domain/review-kinds.md "Confidentiality"):
 * the expert names the submissions they should not judge, each with a reason. A declaration is a
 * suspected conflict (conflicts.ts, rule 'declared') that the secretariat decides like any other; until
 * it is decided 'noConflict' the expert cannot score that submission.
 */
export interface Declaration {
  submissionId: SubmissionId
  reason: string
}

/** The declarations keyed as Campaign.declaredConflicts stores them; later entries for a submission win. */
export function declarationEntries(expertId: ExpertId, declarations: readonly Declaration[], at: string): Record<string, { reason: string; at: string }> {
  const out: Record<string, { reason: string; at: string }> = {}
  for (const d of declarations) out[pairKey(expertId, d.submissionId)] = { reason: d.reason, at }
  return out
}

/**
 * Why the expert may not score this submission now, or null: a declared conflict not yet decided, or a
 * pair the secretariat decided is a conflict. Pure over the campaign, so every door refuses the same.
 */
export function scoringBlockedBy(campaign: Pick<Campaign, 'declaredConflicts' | 'conflictDecisions'>, expertId: string, submissionId: string): string | null {
  const key = pairKey(expertId, submissionId)
  const decision = campaign.conflictDecisions[key]
  if (decision?.decision === 'conflict') return `秘书处已认定您需回避该申报（${decision.reason}），不能评分。`
  const declared = campaign.declaredConflicts[key]
  if (declared && !decision) return `您已在承诺书中申请回避该申报（${declared.reason}），待秘书处认定后才能评分。`
  return null
}
