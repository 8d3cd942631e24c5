import { taskOfKind } from '../../../../../core/api/taskView'
import { ApiError } from '../../../api'
import type { DiagnosisScreen } from '../../../../../core/api/outputs'
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
  /**
   * One change with the version this window shows. Refused because another window saved first
   * (STALE_VERSION): what is saved now is loaded — the editors keep the consultant's unsaved text
   * beside it (features/diagnosis/useKeptEdit) — and the refusal is passed on.
   */
  const change = async (send: (k: { campaignId: string; submissionId: string }, expectVersion: number) => Promise<DiagnosisScreen>) => {
    const k = key()
    try {
      set({ diagnosis: await send(k, version()) })
    } catch (e) {
      if (e instanceof ApiError && e.code === 'STALE_VERSION') {
        const diagnosis = await api['diagnosis.get'](k)
        if (get().diagnosisKey?.submissionId === k.submissionId) set({ diagnosis })
      }
      throw e
    }
  }
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
    saveDiagnosisPart: (input) => change((k, expectVersion) => api['diagnosis.setPart']({ ...k, ...input, expectVersion })),
    saveDiagnosisIssues: (issues) => change((k, expectVersion) => api['diagnosis.setIssues']({ ...k, issues, expectVersion })),
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
