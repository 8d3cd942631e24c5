import type { DecisionsView } from '../../../../../core/api/outputs'
import { ApiError } from '../../../api'
import type { SliceCreator } from '../../types'
import { initialDecisionsState, type DecisionsSlice } from './state'

export const createDecisionsSlice: SliceCreator<DecisionsSlice> = (api) => (set, get) => ({
  ...initialDecisionsState,

  loadDecisions: async () => {
    const campaignId = get().campaignId
    if (!campaignId) return
    set({ decisionsLoading: true })
    try {
      const decisions = await api['decisions.get']({ campaignId })
      // the tab shows the view it had at once and reloads it: an unchanged answer (the usual case) keeps the
      // old object, so the list is not rendered a second time for nothing (issue 14; ~10 ms to compare 1,000 entries)
      const old = get().decisions
      if (get().campaignId === campaignId && !(old && JSON.stringify(old) === JSON.stringify(decisions))) set({ decisions })
    } finally {
      set({ decisionsLoading: false })
    }
  },

  decide: async (method, input) => {
    const campaignId = get().campaignId
    if (!campaignId) return
    // every write answers with the whole new view (api/decisions/handlers.ts)
    const call = api[method] as unknown as (i: unknown) => Promise<DecisionsView>
    let decisions: DecisionsView
    try {
      decisions = await call({ ...input, campaignId })
    } catch (e) {
      // another window decided first: show what is recorded now, and pass the refusal on
      if (e instanceof ApiError && e.code === 'STALE_VERSION') await get().loadDecisions()
      throw e
    }
    if (get().campaignId === campaignId) set({ decisions })
  },

  exportDecisionList: async (what) => {
    const campaignId = get().campaignId!
    return what === 'xlsx' ? api['decisions.exportXlsx']({ campaignId }) : api['decisions.exportDocx']({ campaignId, document: what })
  },
})
