import type { DiagnosisScreen, FileOutput } from '../../../../../core/api/outputs'
import type { In } from '../../../../../core/api/contract'
import type { TaskViewOf } from '../../../../../core/api/taskView'

export type DiagnosisPartInput = Omit<In<'diagnosis.setPart'>, 'campaignId' | 'submissionId' | 'expectVersion'>
export type DiagnosisIssuesInput = In<'diagnosis.setIssues'>['issues']

/** 诊断报告 (issue 13): the consultant's working view of one diagnosed program, and the batch export. */
export interface DiagnosisSlice {
  diagnosis: DiagnosisScreen | null
  diagnosisKey: { campaignId: string; submissionId: string } | null
  exportTask: TaskViewOf<'reports.exportAll'> | null
  loadDiagnosis: (submissionId: string) => Promise<void>
  saveDiagnosisPart: (input: DiagnosisPartInput) => Promise<void>
  saveDiagnosisIssues: (issues: DiagnosisIssuesInput) => Promise<void>
  exportDiagnosisReport: () => Promise<FileOutput>
  exportIssuesXlsx: () => Promise<FileOutput>
  startExportAll: (pdf: boolean) => Promise<void>
  cancelExportAll: () => Promise<void>
  exportedFile: (fileName: string) => Promise<FileOutput>
}

export const initialDiagnosisState = { diagnosis: null, diagnosisKey: null, exportTask: null } satisfies Partial<DiagnosisSlice>
