import type { Campaign, Submission } from '../domain/workspace'

/** The campaign's anchors (样卷) of its calibration session; empty without one. */
export function anchorIds(campaign: Pick<Campaign, 'calibration'>): ReadonlySet<string> {
  return new Set(campaign.calibration?.anchors ?? [])
}

/** The submissions that count in results, rankings and statistics: every one but the anchors. */
export function countedSubmissions(campaign: Pick<Campaign, 'calibration' | 'submissions'>): Submission[] {
  const anchors = anchorIds(campaign)
  return campaign.submissions.filter((s) => !anchors.has(s.id))
}

