import { uploadFile } from '../../../api'
import type { SliceCreator } from '../../types'
import { trackRefusable } from '../panel/trackRefusable'
import { initialSigningState, type SigningSlice } from './state'

export const createSigningSlice: SliceCreator<SigningSlice> = (api) => (set, get) => ({
  ...initialSigningState,

  verifyDocument: async (file) => {
    set({ verdict: null })
    const uploadId = await uploadFile(api, file)
    const verdict = await api['documents.verify']({ uploadId })
    set({ verdict })
    return verdict
  },

  lookupCode: async (code) => {
    const lookup = await api['documents.lookup']({ code })
    set({ lookup })
    return lookup
  },

  clearVerify: () => set({ verdict: null, lookup: null }),

  replaceExpertKey: async (expertId, publicKey, reason) => {
    // refusals (a retired key, another expert's) are the dialog's to show, not a failed save
    await api['keys.replaceExpertKey']({ expertId, publicKey, reason })
    await get().loadExperts()
  },

  setSignatureImage: async (expertId, image) => {
    const input = 'dataUrl' in image ? { expertId, dataUrl: image.dataUrl } : { expertId, uploadId: await uploadFile(api, image.file) }
    await trackRefusable(get().trackSave, () => api['keys.setSignatureImage'](input))
    await get().loadExperts()
  },

  clearSignatureImage: async (expertId) => {
    await trackRefusable(get().trackSave, () => api['keys.clearSignatureImage']({ expertId }))
    await get().loadExperts()
  },

  signatureImage: async (expertId) => (await api['keys.signatureImage']({ expertId }))?.dataUrl ?? null,

  loadKeysStatus: async () => set({ keysStatus: await api['keys.status']({}) }),
  // a wrong passphrase is the dialog's to show (KEY_LOCKED), not a failed save
  createWorkspaceKey: async (passphrase) => {
    const made = await api['keys.createWorkspaceKey']({ passphrase })
    // whoever just made it means to use it now: unlocked for this session, like after 解锁
    await api['keys.unlockWorkspace']({ passphrase })
    await get().loadKeysStatus()
    return made
  },
  unlockWorkspace: async (passphrase) => {
    await api['keys.unlockWorkspace']({ passphrase })
    await get().loadKeysStatus()
  },
  lockWorkspace: async () => {
    await api['keys.lockWorkspace']({})
    await get().loadKeysStatus()
  },
})
