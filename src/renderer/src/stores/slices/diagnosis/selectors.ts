import type { WorkbenchState } from '../../types'

export const diagnosisSelectors = {
  diagnosis: (s: WorkbenchState) => (s.diagnosisKey?.campaignId === s.campaignId ? s.diagnosis : null),
  exportTask: (s: WorkbenchState) => s.exportTask,
}
