import type { Campaign } from '../../../../../core/domain/workspace'
import type { SliceCreator } from '../../types'
import { fromDraft, sameRubric, toDraft } from './draft'
import { initialRubricState, type RubricDraft, type RubricSlice } from './state'

function requireCampaignId(id: string | null): string {
  if (!id) throw new Error('no campaign is open')
  return id
}

export const createRubricSlice: SliceCreator<RubricSlice> = (api) => (set, get) => {
  // one sequence for every draft of the window: a check of an earlier draft never passes for a later one
  let revisions = 0
  function putDraft(campaignId: string, draft: RubricDraft | null) {
    set((s) => {
      const { [campaignId]: _old, ...rest } = s.rubricDrafts
      return { rubricDrafts: draft ? { ...rest, [campaignId]: draft } : rest }
    })
  }

  /** After a rubric reached the disk: show it, drop the draft, and re-read an open sheet of it (需复核). */
  function saved(campaignId: string, campaign: Campaign) {
    if (get().campaignId === campaignId) set({ campaign })
    putDraft(campaignId, null)
    const open = get().openKey
    if (open && open.campaignId === campaignId) void get().openSheet(open.submissionId).catch(() => undefined)
  }

  return {
    ...initialRubricState,

    startRubricEdit: (from) => {
      const campaign = get().campaign
      const campaignId = requireCampaignId(get().campaignId)
      if (!campaign || campaign.id !== campaignId) return
      const base = campaign.rubric
      const rubric = toDraft(from ? { ...from, id: base.id, version: base.version } : base)
      putDraft(campaignId, { campaignId, baseVersion: base.version, base, rubric, dirty: !sameRubric(fromDraft(rubric), base), revision: ++revisions })
      set((s) => ({ rubricFocus: { section: 'structure', uid: rubric.dimensions[0]?.uid, nonce: s.rubricFocus.nonce } }))
    },

    editRubricDraft: (update) => {
      const campaignId = get().campaignId
      const draft = campaignId ? get().rubricDrafts[campaignId] : undefined
      if (!campaignId || !draft) return
      const rubric = update(draft.rubric)
      if (rubric === draft.rubric) return
      putDraft(campaignId, { ...draft, rubric, dirty: !sameRubric(fromDraft(rubric), draft.base), revision: ++revisions })
    },

    discardRubricDraft: () => {
      const campaignId = get().campaignId
      if (campaignId) putDraft(campaignId, null)
    },

    validateRubricDraft: async () => {
      const campaignId = get().campaignId
      const draft = campaignId ? get().rubricDrafts[campaignId] : undefined
      if (!campaignId || !draft) return
      const check = await api['rubric.validate']({ rubric: fromDraft(draft.rubric) })
      // answers may cross: keep the one for the newest revision
      set((s) => {
        const known = s.rubricChecks[campaignId]
        if (known && known.revision > draft.revision) return {}
        return { rubricChecks: { ...s.rubricChecks, [campaignId]: { revision: draft.revision, check } } }
      })
    },

    focusRubric: (focus, jump = false) => set((s) => ({ rubricFocus: { ...focus, nonce: jump ? s.rubricFocus.nonce + 1 : s.rubricFocus.nonce } })),

    rubricNeedsNote: async () => {
      const campaignId = requireCampaignId(get().campaignId)
      const campaign = await api['campaigns.get']({ campaignId })
      if (get().campaignId === campaignId) set({ campaign })
      return !!campaign.rubricFrozenAt
    },

    saveRubricDraft: async (note) => {
      const campaignId = requireCampaignId(get().campaignId)
      const draft = get().rubricDrafts[campaignId]
      if (!draft) throw new Error('no rubric draft')
      const campaign = await get().trackSave(() => api['rubric.update']({ campaignId, rubric: fromDraft(draft.rubric), note, baseVersion: draft.baseVersion }))
      saved(campaignId, campaign)
      return campaign
    },

    applyRubric: async (rubric, note) => {
      const campaignId = requireCampaignId(get().campaignId)
      const baseVersion = get().campaign?.id === campaignId ? get().campaign?.rubric.version : undefined
      const campaign = await get().trackSave(() => api['rubric.update']({ campaignId, rubric, note, baseVersion }))
      saved(campaignId, campaign)
      return campaign
    },

    exportRubric: (format) => api['rubric.export']({ campaignId: requireCampaignId(get().campaignId), format }),

    parseRubricFile: (fileName, base64) => api['rubric.parseFile']({ fileName, base64 }),
  }
}
