import type { WorkbenchState } from '../../types'

export const decisionsSelectors = {
  view: (s: WorkbenchState) => (s.decisions && s.decisions.campaignId === s.campaignId ? s.decisions : null),
  loading: (s: WorkbenchState) => s.decisionsLoading,
}
