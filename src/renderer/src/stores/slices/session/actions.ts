import type { SliceCreator } from '../../types'
import { initialSessionState, type SessionSlice } from './state'

export const createSessionSlice: SliceCreator<SessionSlice> = (api) => (set, get) => ({
  ...initialSessionState,

  boot: async () => {
    try {
      const [workspace, groups, templates, expertWorkspace] = await Promise.all([
        api['workspace.info']({}),
        api['groups.list']({}),
        api['templates.list']({}),
        api['packages.expertInfo']({}),
      ])
      set({ workspace, groups, templates, expertWorkspace, booted: true, bootError: null })
      await Promise.all([get().loadCampaigns(), get().loadExperts()])
    } catch (e) {
      set({ booted: true, bootError: (e as Error).message })
    }
  },

  goCampaigns: () => {
    set({ page: 'campaigns' })
    void get().loadCampaigns()
  },
  goExperts: () => set({ page: 'experts' }),
  goVerify: () => set({ page: 'verify' }),

  openCampaign: (campaignId, tab = 'overview') => {
    if (get().campaignId !== campaignId) {
      get().resetScoring()
      set({ campaign: null, summary: null })
    }
    set({ page: 'campaign', campaignId, campaignTab: tab })
    // a campaign that cannot be read (removed, damaged) sends the user back to the list
    get()
      .loadCampaign(campaignId)
      .catch(() => {
        if (get().campaignId === campaignId) set({ page: 'campaigns', campaignId: null })
      })
  },
  setCampaignTab: (campaignTab) => set({ campaignTab }),

  addGroup: async (name) => {
    await api['groups.add']({ name })
    set({ groups: await api['groups.list']({}) })
  },
  renameGroup: async (groupId, name) => {
    await api['groups.rename']({ groupId, name })
    set({ groups: await api['groups.list']({}) })
  },
  retireGroup: async (groupId, retired) => {
    await api['groups.retire']({ groupId, retired })
    set({ groups: await api['groups.list']({}) })
  },
})
