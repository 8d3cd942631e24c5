import type { DiagnosisView } from '../../reports/diagnosis/diagnosisView'
import type { FileOutput } from '../shared/files'

export interface DiagnosisScreen extends DiagnosisView {
  campaignName: string
  /** 一级指标 code → name, in rubric order */
  dimensions: Array<{ code: string; name: string }>
  /** earlier diagnoses of the same school and 专业 in other campaigns, for 复诊 */
  baselineOptions: Array<{ campaignId: string; campaignName: string; submissionId: string }>
}

export interface DiagnosisOutputs {
  'diagnosis.get': DiagnosisScreen
  'diagnosis.setPart': DiagnosisScreen
  'diagnosis.setIssues': DiagnosisScreen
  'diagnosis.setInfo': DiagnosisScreen
  'diagnosis.issuesXlsx': FileOutput
}
