import type { SliceCreator } from '../../types'
import { initialCampaignsState, type CampaignsSlice } from './state'
import { trackRefusable } from '../panel/trackRefusable'

function requireCampaignId(id: string | null): string {
  if (!id) throw new Error('no campaign is open')
  return id
}

export const createCampaignsSlice: SliceCreator<CampaignsSlice> = (api) => (set, get) => ({
  ...initialCampaignsState,

  loadCampaigns: async () => {
    const campaignCards = await api['campaigns.list']({})
    set({ campaignCards, cardsLoaded: true })
  },

  loadCampaign: async (campaignId) => {
    const campaign = await api['campaigns.get']({ campaignId })
    // a slower answer for a campaign the user already left must not replace the open one
    if (get().campaignId === campaignId) set({ campaign, pledgeText: campaign.pledgeText })
  },

  createCampaign: async (input) => {
    const campaign = await get().trackSave(() => api['campaigns.create'](input))
    await get().loadCampaigns()
    return campaign
  },

  addExpertsToCampaign: async (expertIds) => {
    const campaignId = requireCampaignId(get().campaignId)
    const campaign = await get().trackSave(() => api['campaigns.addExperts']({ campaignId, expertIds }))
    if (get().campaignId === campaignId) set({ campaign })
    return campaign
  },

  addSubmission: async (input) => {
    const campaignId = requireCampaignId(get().campaignId)
    const submission = await get().trackSave(() => api['submissions.add']({ ...input, campaignId }))
    await get().loadCampaign(campaignId)
    return submission
  },

  removeSubmission: async (submissionId, reason) => {
    const campaignId = requireCampaignId(get().campaignId)
    await trackRefusable(get().trackSave, () => api['submissions.remove']({ campaignId, submissionId, reason }))
    await get().loadCampaign(campaignId)
  },

  removeMaterial: async (input) => {
    const campaignId = requireCampaignId(get().campaignId)
    await trackRefusable(get().trackSave, () => api['materials.remove']({ ...input, campaignId }))
    await get().loadCampaign(campaignId)
  },

  archiveCampaign: async (campaignId, reason) => {
    await trackRefusable(get().trackSave, () => api['campaigns.archive']({ campaignId, reason }))
    await get().loadCampaigns()
  },

  restoreCampaign: async (campaignId) => {
    await trackRefusable(get().trackSave, () => api['campaigns.restore']({ campaignId }))
    await get().loadCampaigns()
  },
})
