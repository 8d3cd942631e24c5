import { uploadFile } from '../../../api'
import { taskOfKind } from '../../../../../core/api/taskView'
import { fetchPieces } from '../../../lib/download'
import type { SliceCreator } from '../../types'
import { initialPackagesState, type PackagesSlice } from './state'

const POLL_MS = 300
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export const createPackagesSlice: SliceCreator<PackagesSlice> = (api) => (set, get) => ({
  ...initialPackagesState,

  loadReturns: async (campaignId) => {
    const rows = await api['packages.status']({ campaignId })
    set({ returns: { campaignId, rows } })
  },

  exportExpertPackage: async (expertId, passphrase, validDays) => {
    const campaignId = get().campaignId
    if (!campaignId) throw new Error('no campaign is open')
    let task = await api['packages.exportExpert']({ campaignId, expertId, passphrase, validDays })
    set({ packageExport: { expertId, task } })
    while (task.state === 'running') {
      await sleep(POLL_MS)
      task = taskOfKind(await api['tasks.get']({ taskId: task.id }), 'packages.exportExpert')
      set({ packageExport: { expertId, task } })
    }
    await get().loadReturns(campaignId)
    return task
  },

  fetchExpertPackage: (result) => fetchPieces((offset) => api['packages.expertPackageFile']({ fileName: result.fileName, offset })),

  cancelPackageExport: async () => {
    const job = get().packageExport
    if (job?.task.state === 'running') await api['tasks.cancel']({ taskId: job.task.id })
  },

  clearPackageExport: () => set({ packageExport: null }),

  importScorePackage: async (file, confirmFingerprint) => {
    const uploadId = 'uploadId' in file && !(file instanceof Blob) ? file.uploadId : await uploadFile(api, file as File)
    const result = await api['packages.importScores']({ source: { uploadId }, ...(confirmFingerprint ? { confirmFingerprint } : {}) })
    const campaignId = get().campaignId
    if (campaignId) await get().loadReturns(campaignId)
    return result
  },

  exportScorePackage: async (passphrase) => {
    const result = await api['packages.exportScores']({ passphrase })
    return { result, file: await api['packages.exportedFile']({ fileName: result.fileName }) }
  },
})
