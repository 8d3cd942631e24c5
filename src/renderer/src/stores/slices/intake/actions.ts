import { uploadFile } from '../../../api'
import type { SliceCreator } from '../../types'
import { initialIntakeState, type IntakeSlice, type MaterialsImportJob } from './state'
import { trackRefusable } from '../panel/trackRefusable'
import { taskOfKind } from '../../../../../core/api/taskView'

/** How often a running import is asked for its progress. */
const POLL_MS = 300

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function requireCampaignId(id: string | null): string {
  if (!id) throw new Error('no campaign is open')
  return id
}

export const createIntakeSlice: SliceCreator<IntakeSlice> = (api) => (set, get) => {
  /** aborts the upload of the running materials import (the task itself is cancelled through the core) */
  let uploadAbort: AbortController | null = null

  const patchJob = (patch: Partial<MaterialsImportJob>) => set((s) => (s.materialsJob ? { materialsJob: { ...s.materialsJob, ...patch } } : {}))

  return {
    ...initialIntakeState,

    uploadFile: (file, onProgress) => uploadFile(api, file, onProgress),

    previewRoster: (uploadId, mapping, headerRow) =>
      api['roster.preview']({
        campaignId: requireCampaignId(get().campaignId),
        source: { uploadId },
        ...(mapping ? { mapping } : {}),
        ...(headerRow ? { headerRow } : {}),
      }),

    importRoster: async (uploadId, mapping, mode, headerRow) => {
      const campaignId = requireCampaignId(get().campaignId)
      const result = await trackRefusable(get().trackSave, () =>
        api['roster.import']({ campaignId, source: { uploadId }, mapping, mode, ...(headerRow ? { headerRow } : {}) }),
      )
      await get().loadCampaign(campaignId)
      return result
    },

    importMaterials: async (file, target) => {
      const campaignId = requireCampaignId(get().campaignId)
      if (get().materialsJob && ['uploading', 'importing'].includes(get().materialsJob!.phase)) throw new Error('已有材料导入正在进行')
      const abort = new AbortController()
      uploadAbort = abort
      set({
        materialsJob: { campaignId, fileName: file.name, submissionId: target.submissionId, phase: 'uploading', sent: 0, size: file.size, task: null, result: null, error: null },
      })
      try {
        const uploadId = await uploadFile(api, file, (sent) => patchJob({ sent }), abort.signal)
        uploadAbort = null
        let task = await api['materials.import']({ campaignId, source: { uploadId }, ...target })
        patchJob({ phase: 'importing', task })
        while (task.state === 'running') {
          await sleep(POLL_MS)
          task = taskOfKind(await api['tasks.get']({ taskId: task.id }), 'materials.import')
          patchJob({ task })
        }
        if (task.state === 'done') {
          patchJob({ phase: 'done', result: task.result ?? null })
          set({ materialLists: {} })
          await get().loadCampaign(campaignId)
        } else if (task.state === 'cancelled') patchJob({ phase: 'cancelled' })
        else patchJob({ phase: 'failed', error: task.error?.message ?? '导入失败' })
      } catch (e) {
        patchJob(abort.signal.aborted ? { phase: 'cancelled' } : { phase: 'failed', error: (e as Error).message })
      } finally {
        uploadAbort = null
      }
    },

    cancelMaterialsImport: async () => {
      const job = get().materialsJob
      if (!job) return
      if (job.phase === 'uploading') uploadAbort?.abort()
      else if (job.phase === 'importing' && job.task) patchJob({ task: await api['tasks.cancel']({ taskId: job.task.id }) })
    },

    clearMaterialsJob: () => {
      const phase = get().materialsJob?.phase
      if (phase !== 'uploading' && phase !== 'importing') set({ materialsJob: null })
    },

    addMaterialFiles: async (submissionId, files, onProgress) => {
      const campaignId = requireCampaignId(get().campaignId)
      const total = files.reduce((n, f) => n + f.size, 0)
      const sources: Array<{ uploadId: string }> = []
      let before = 0
      for (const f of files) {
        sources.push({ uploadId: await uploadFile(api, f, (sent) => onProgress?.(before + sent, total)) })
        before += f.size
      }
      const result = await trackRefusable(get().trackSave, () => api['materials.addFiles']({ campaignId, submissionId, sources }))
      set({ materialLists: {} })
      await get().loadCampaign(campaignId)
      return result
    },

    attachUnmatched: async (input) => {
      const campaignId = requireCampaignId(get().campaignId)
      const result = await trackRefusable(get().trackSave, () => api['materials.attach']({ campaignId, ...input }))
      set({ materialLists: {} })
      await get().loadCampaign(campaignId)
      return result
    },

    docxText: (submissionId, sha256) => api['materials.preview']({ campaignId: requireCampaignId(get().campaignId), submissionId, sha256 }),

    loadMaterials: async (submissionId, forExpert) => {
      const campaignId = requireCampaignId(get().campaignId)
      const list = await api['materials.list']({ campaignId, submissionId, ...(forExpert ? { forExpert } : {}) })
      set((s) => ({ materialLists: { ...s.materialLists, [`${campaignId}/${submissionId}${forExpert ? '/expert' : ''}`]: list } }))
      return list
    },
  }
}
