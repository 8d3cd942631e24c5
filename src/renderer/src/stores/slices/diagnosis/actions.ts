import { taskOfKind } from '../../../../../core/api/taskView'
import type { SliceCreator } from '../../types'
import { initialDiagnosisState, type DiagnosisSlice } from './state'

const POLL_MS = 300

export const createDiagnosisSlice: SliceCreator<DiagnosisSlice> = (api) => (set, get) => {
  const key = () => {
    const k = get().diagnosisKey
    if (!k) throw new Error('请先选择要诊断的专业。')
    return k
  }
  const version = () => get().diagnosis?.file.version ?? 0
  return {
    ...initialDiagnosisState,

    loadDiagnosis: async (submissionId) => {
      const campaignId = get().campaignId
      if (!campaignId) return
      const k = { campaignId, submissionId }
      set({ diagnosisKey: k, diagnosis: null })
      const diagnosis = await api['diagnosis.get'](k)
      if (get().diagnosisKey?.submissionId === submissionId) set({ diagnosis })
    },
    saveDiagnosisPart: async (input) => {
      set({ diagnosis: await api['diagnosis.setPart']({ ...key(), ...input, expectVersion: version() }) })
    },
    saveDiagnosisIssues: async (issues) => {
      set({ diagnosis: await api['diagnosis.setIssues']({ ...key(), issues, expectVersion: version() }) })
    },
    exportDiagnosisReport: () => {
      const k = key()
      return api['reports.document']({ campaignId: k.campaignId, kind: 'diagnosis', key: k.submissionId })
    },
    exportIssuesXlsx: () => api['diagnosis.issuesXlsx'](key()),
    startExportAll: async (pdf) => {
      const campaignId = get().campaignId
      if (!campaignId) return
      let task = await api['reports.exportAll']({ campaignId, pdf })
      set({ exportTask: task })
      while (task.state === 'running') {
        await new Promise((r) => setTimeout(r, POLL_MS))
        task = taskOfKind(await api['tasks.get']({ taskId: task.id }), 'reports.exportAll')
        set({ exportTask: task })
      }
    },
    cancelExportAll: async () => {
      const t = get().exportTask
      if (t?.state === 'running') await api['tasks.cancel']({ taskId: t.id })
    },
    exportedFile: (fileName) => {
      const t = get().exportTask
      if (!t?.result) throw new Error('没有可下载的导出结果。')
      const folder = t.result.dir.split(/[\\/]/).pop()!
      return api['reports.exportedFile']({ campaignId: get().campaignId!, folder, fileName })
    },
  }
}
