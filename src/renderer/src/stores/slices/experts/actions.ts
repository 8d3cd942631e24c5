import type { SliceCreator } from '../../types'
import { initialExpertsState, type ExpertsSlice } from './state'

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

  addNewExpertToCampaign: async (input) => {
    const expert = await get().addExpert(input)
    await get().addExpertsToCampaign([expert.id])
    return expert
  },
})
