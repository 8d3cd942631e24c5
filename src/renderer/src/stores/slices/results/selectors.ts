import type { WorkbenchState } from '../../types'

export const resultsSelectors = {
  summary: (s: WorkbenchState) => (s.summary && s.summary.campaignId === s.campaignId ? s.summary : null),
  loading: (s: WorkbenchState) => s.summaryLoading,
}
