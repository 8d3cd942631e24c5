import type { SliceCreator } from '../../types'
import { initialResultsState, type ResultsSlice } from './state'

export const createResultsSlice: SliceCreator<ResultsSlice> = (api) => (set, get) => ({
  ...initialResultsState,

  loadSummary: async () => {
    const campaignId = get().campaignId
    if (!campaignId) return
    set({ summaryLoading: true })
    try {
      const summary = await api['results.summary']({ campaignId })
      if (get().campaignId === campaignId) set({ summary })
    } finally {
      set({ summaryLoading: false })
    }
  },

  exportScoreSheet: (key) => api['reports.scoreSheet'](key),
})
