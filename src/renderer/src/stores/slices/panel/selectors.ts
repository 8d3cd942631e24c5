import type { WorkbenchState } from '../../types'

export const panelSelectors = {
  conflicts: (s: WorkbenchState) => (s.conflicts && s.conflicts.campaignId === s.campaignId ? s.conflicts.rows : null),
  assignment: (s: WorkbenchState) => (s.assignment && s.assignment.campaignId === s.campaignId ? s.assignment : null),
  /** suspected conflicts the secretariat has not decided (they stop the draw) */
  undecidedCount: (s: WorkbenchState) =>
    s.conflicts && s.conflicts.campaignId === s.campaignId ? s.conflicts.rows.filter((r) => r.status === 'suspected').length : 0,
  /** panels exist: experts then see only the submissions assigned to them */
  panelsDrawn: (s: WorkbenchState) => !!s.campaign && s.campaign.id === s.campaignId && Object.keys(s.campaign.assignments).length > 0,
  /** the 承诺书 an expert accepted in the open campaign, or null */
  pledgeOf: (expertId: string | null) => (s: WorkbenchState) =>
    (expertId && s.campaign && s.campaign.id === s.campaignId ? s.campaign.pledges[expertId] : undefined) ?? null,
}
