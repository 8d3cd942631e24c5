import type { CalibrationView } from '../../../../../core/api/outputs'
import type { SliceCreator } from '../../types'
import { trackRefusable } from '../panel/trackRefusable'
import { initialCalibrationState, type CalibrationSlice } from './state'

function requireCampaignId(id: string | null): string {
  if (!id) throw new Error('no campaign is open')
  return id
}

export const createCalibrationSlice: SliceCreator<CalibrationSlice> = (api) => (set, get) => {
  /** shows what a call returned if the user is still in that campaign, then the scores once revealed */
  const accept = async (view: CalibrationView) => {
    if (get().campaignId !== view.campaignId) return
    set({ calibration: view })
    const calibrationScores = view.revealed ? await api['calibration.scores']({ campaignId: view.campaignId }) : null
    if (get().campaignId === view.campaignId) set({ calibrationScores })
  }
  const write = async (call: (campaignId: string) => Promise<CalibrationView>) => {
    const campaignId = requireCampaignId(get().campaignId)
    await accept(await trackRefusable(get().trackSave, () => call(campaignId)))
  }

  return {
    ...initialCalibrationState,
    loadCalibration: async () => {
      const campaignId = get().campaignId
      if (campaignId) await accept(await api['calibration.get']({ campaignId }))
    },
    openCalibration: (input) => write((campaignId) => api['calibration.open']({ ...input, campaignId })),
    revealCalibration: () => write((campaignId) => api['calibration.reveal']({ campaignId })),
    reviseSheet: (input) => write((campaignId) => api['calibration.revise']({ ...input, campaignId })),
    decideCalibration: (input) => write((campaignId) => api['calibration.decide']({ ...input, campaignId })),
    closeCalibration: () => write((campaignId) => api['calibration.close']({ campaignId })),
    exportMinutes: () => api['calibration.minutes']({ campaignId: requireCampaignId(get().campaignId) }),
    loadAudit: async () => {
      const campaignId = get().campaignId
      if (!campaignId) return
      const auditLog = await api['audit.list']({ campaignId })
      if (get().campaignId === campaignId) set({ auditLog })
    },
    verifyAllAudits: async () => set({ auditChecks: await api['audit.verify']({}) }),
  }
}
