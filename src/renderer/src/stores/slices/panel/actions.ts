import type { Campaign } from '../../../../../core/domain/workspace'
import { ApiError } from '../../../api'
import type { SliceCreator } from '../../types'
import { initialPanelState, type PanelSlice } from './state'
import { trackRefusable } from './trackRefusable'

function requireCampaignId(id: string | null): string {
  if (!id) throw new Error('no campaign is open')
  return id
}

export const createPanelSlice: SliceCreator<PanelSlice> = (api) => (set, get) => {
  /** shows a campaign a write returned, if the user is still in it */
  const accept = (campaign: Campaign) => {
    if (get().campaignId === campaign.id) set({ campaign })
  }

  return {
    ...initialPanelState,

    loadConflicts: async () => {
      const campaignId = requireCampaignId(get().campaignId)
      const rows = await api['conflicts.list']({ campaignId })
      if (get().campaignId === campaignId) set({ conflicts: { campaignId, rows } })
    },

    decideConflict: async (input) => {
      const campaignId = requireCampaignId(get().campaignId)
      accept(await trackRefusable(get().trackSave, () => api['conflicts.decide']({ ...input, campaignId })))
      // a 回避 decision may take the expert off a panel
      await Promise.all([get().loadConflicts(), get().loadAssignments()])
    },

    loadAssignments: async () => {
      const campaignId = requireCampaignId(get().campaignId)
      const view = await api['assignments.get']({ campaignId })
      if (get().campaignId === campaignId) set({ assignment: { ...view, campaignId } })
    },

    previewDraw: async (input) => api['assignments.previewDraw']({ ...input, campaignId: requireCampaignId(get().campaignId) }),

    autoAssign: async (input) => {
      const campaignId = requireCampaignId(get().campaignId)
      const campaign = await trackRefusable(get().trackSave, () => api['assignments.autoAssign']({ ...input, campaignId }))
      accept(campaign)
      await get().loadAssignments()
      return campaign.draws[campaign.draws.length - 1]!
    },

    changeAssignment: async (input) => {
      const campaignId = requireCampaignId(get().campaignId)
      accept(await trackRefusable(get().trackSave, () => api['assignments.change']({ ...input, campaignId })))
      await get().loadAssignments()
    },

    updateCampaignSettings: async (input) => {
      const campaignId = requireCampaignId(get().campaignId)
      accept(await trackRefusable(get().trackSave, () => api['campaigns.updateSettings']({ ...input, campaignId })))
      // 盲评 changes what experts may see of materials: read those lists again
      if (input.blind !== undefined) set({ materialLists: {} })
      await Promise.all([get().loadConflicts(), get().loadAssignments()])
    },

    acceptPledge: async (expertId, declaration, conflicts = []) => {
      const campaignId = requireCampaignId(get().campaignId)
      try {
        accept(await trackRefusable(get().trackSave, () => api['pledges.accept']({ campaignId, expertId, declaration, conflicts })))
      } catch (e) {
        // signed meanwhile elsewhere (another window, the expert's own package): show that pledge instead
        if (!(e instanceof ApiError) || e.code !== 'CONFLICT') throw e
        await get().loadCampaign(campaignId)
        if (!get().campaign?.pledges[expertId]) throw e
      }
      // the list now says which submissions wait for the 回避 decision
      await get().loadSheetRows().catch(() => undefined)
    },
  }
}
