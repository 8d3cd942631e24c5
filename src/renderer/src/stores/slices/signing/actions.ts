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
})
