import type { Campaign, Submission } from '../../../../core/domain/workspace'

/** The 状态 filter of the submissions table: materials present, and how far the 专家组 is. */
export const SUBMISSION_STATUSES = ['noMaterials', 'hasMaterials', 'unassigned', 'short', 'assigned'] as const
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number]

/** Members of a submission's 专家组 (0 before any draw). */
export function panelCount(campaign: Campaign, s: Submission): number {
  return campaign.assignments[s.id]?.expertIds.length ?? 0
}

export function hasStatus(campaign: Campaign, s: Submission, status: SubmissionStatus): boolean {
  const n = panelCount(campaign, s)
  switch (status) {
    case 'noMaterials':
      return s.materials.length === 0
    case 'hasMaterials':
      return s.materials.length > 0
    case 'unassigned':
      return n === 0
    case 'short':
      return n > 0 && n < campaign.panel.size
    case 'assigned':
      return n >= campaign.panel.size
  }
}
