import type { ExpertId, SubmissionId } from '../domain/ids'
import type { Campaign } from '../domain/workspace'
import { submissionLabel } from '../domain/submissionLabel'

/**
 * Whether an expert judges a submission: with no panels drawn yet, every expert of the campaign may
 * score every submission (the foundation flow); once any submission has a panel, only its members.
 * The anchors (样卷) of a calibration session are scored by every participant of the session.
 */
export function isAssigned(campaign: Pick<Campaign, 'assignments'> & Partial<Pick<Campaign, 'calibration'>>, expertId: ExpertId, submissionId: SubmissionId): boolean {
  const session = campaign.calibration
  if (session?.anchors.includes(submissionId)) return session.participants.includes(expertId)
  const a = campaign.assignments[submissionId]
  return a ? a.expertIds.includes(expertId) : !anyPanel(campaign.assignments)
}

/** whether a stored (frozen) assignments record has any panel, remembered: it never changes */
const panelsDrawn = new WeakMap<object, boolean>()

/**
 * Whether any submission has a panel. Asked for every pair of a submission without one, counting the
 * keys of a thousand panels each time made a campaign's progress quadratic; a frozen record (what
 * storage hands out) is counted once. A draft being changed is counted each time.
 */
function anyPanel(assignments: Campaign['assignments']): boolean {
  if (!Object.isFrozen(assignments)) return Object.keys(assignments).length > 0
  let drawn = panelsDrawn.get(assignments)
  if (drawn === undefined) {
    drawn = Object.keys(assignments).length > 0
    panelsDrawn.set(assignments, drawn)
  }
  return drawn
}

export interface ProgressLine {
  key: string
  label: string
  /** submitted sheets */
  done: number
  /** sheets expected: one per (expert, submission) pair the expert judges */
  expected: number
}

export interface CampaignProgress {
  submitted: number
  expected: number
  byExpert: ProgressLine[]
  bySubmission: ProgressLine[]
}

/**
 * 评分进度 of a campaign, the one rule the campaign card, the overview and the CLI show: a sheet is
 * expected for every pair `isAssigned` names (the drawn panels; before any draw, every campaign
 * expert × every submission) and done once submitted. A submitted sheet of a pair no longer assigned
 * counts nowhere. E.g. 7 experts, 4 submissions, panels of 3 → 12 expected, not 28.
 */
export function campaignProgress(
  campaign: Pick<Campaign, 'assignments' | 'expertIds' | 'submissions'>,
  expertName: (id: ExpertId) => string,
  isSubmitted: (expertId: ExpertId, submissionId: SubmissionId) => boolean,
): CampaignProgress {
  const byExpert = new Map<ExpertId, ProgressLine>(campaign.expertIds.map((id) => [id, { key: id, label: expertName(id), done: 0, expected: 0 }]))
  const bySubmission: ProgressLine[] = []
  for (const s of campaign.submissions) {
    const line: ProgressLine = { key: s.id, label: submissionLabel(s), done: 0, expected: 0 }
    for (const expertId of campaign.expertIds) {
      if (!isAssigned(campaign, expertId, s.id)) continue
      const done = isSubmitted(expertId, s.id) ? 1 : 0
      line.expected += 1
      line.done += done
      const e = byExpert.get(expertId)!
      e.expected += 1
      e.done += done
    }
    bySubmission.push(line)
  }
  return {
    submitted: bySubmission.reduce((n, l) => n + l.done, 0),
    expected: bySubmission.reduce((n, l) => n + l.expected, 0),
    byExpert: [...byExpert.values()],
    bySubmission,
  }
}
