import type { SliceCreator } from '../../types'
import { initialExpertsState, type ExpertsSlice } from './state'
import { trackRefusable } from '../panel/trackRefusable'

export const createExpertsSlice: SliceCreator<ExpertsSlice> = (api) => (set, get) => ({
  ...initialExpertsState,

  loadExperts: async () => {
    set({ experts: await api['experts.list']({}) })
  },

  addExpert: async (input) => {
    const expert = await get().trackSave(() => api['experts.add'](input))
    set((s) => ({ experts: [...s.experts, expert] }))
    return expert
  },

  updateExpert: async (input) => {
    const expert = await trackRefusable(get().trackSave, () => api['experts.update'](input))
    set((s) => ({ experts: s.experts.map((e) => (e.id === expert.id ? expert : e)) }))
    if (get().conflicts?.campaignId === get().campaignId && get().campaignId) await get().loadConflicts()
    return expert
  },

  previewExpertImport: (uploadId, headerRow) => api['experts.previewImport']({ source: { uploadId }, ...(headerRow ? { headerRow } : {}) }),

  importExperts: async (uploadId, mode, headerRow) => {
    const result = await trackRefusable(get().trackSave, () => api['experts.import']({ source: { uploadId }, mode, ...(headerRow ? { headerRow } : {}) }))
    await get().loadExperts()
    return result
  },

  addNewExpertToCampaign: async (input) => {
    const expert = await get().addExpert(input)
    await get().addExpertsToCampaign([expert.id])
    return expert
  },
})
