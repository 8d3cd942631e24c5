import type { ExpertId, SubmissionId } from '../domain/ids'
import type { Campaign, ScoreSheet } from '../domain/workspace'
import { workHolders, type WorkHolder } from './scoredWork'

/**
 * What removing a submission or an expert would lose (issue 9 item 14): removal is refused while any
 * sheet holds saved work, so scores never vanish silently. Pure; handlers load the sheets and call these.
 */

/** The experts whose sheet for this submission holds saved work. */
export function submissionWorkHolders(
  sheetsByExpert: ReadonlyMap<string, Readonly<Record<string, ScoreSheet>>>,
  submissionId: SubmissionId,
): WorkHolder[] {
  return workHolders(sheetsByExpert).get(submissionId) ?? []
}

/** Why an expert cannot leave one campaign: saved sheets in it, or a seat on a panel. Empty when free. */
export function expertBlockers(campaign: Campaign, expertId: ExpertId, scoredSheets: number): string[] {
  const out: string[] = []
  if (scoredSheets > 0) out.push(`已有 ${scoredSheets} 份评分表保存了评分`)
  const panels = Object.values(campaign.assignments).filter((a) => a.expertIds.includes(expertId)).length
  if (panels > 0) out.push(`在 ${panels} 个专家组中`)
  return out
}

/** Takes a submission out of a campaign with everything keyed by it (panel, 回避 decisions); logs stay. */
export function dropSubmission(c: Campaign, submissionId: SubmissionId): void {
  c.submissions = c.submissions.filter((s) => s.id !== submissionId)
  delete c.assignments[submissionId]
  for (const rec of [c.conflictDecisions, c.declaredConflicts]) {
    for (const k of Object.keys(rec)) if (k.endsWith(`:${submissionId}`)) delete rec[k]
  }
}

/** Takes an expert out of a campaign's list (only called when expertBlockers is empty). */
export function dropExpert(c: Campaign, expertId: ExpertId): void {
  c.expertIds = c.expertIds.filter((id) => id !== expertId)
  for (const rec of [c.conflictDecisions, c.declaredConflicts]) {
    for (const k of Object.keys(rec)) if (k.startsWith(`${expertId}:`)) delete rec[k]
  }
}
