import type { WorkbenchState } from '../../types'

export const calibrationSelectors = {
  view: (s: WorkbenchState) => (s.calibration && s.calibration.campaignId === s.campaignId ? s.calibration : null),
  scores: (s: WorkbenchState) => (s.calibrationScores && s.calibrationScores.campaignId === s.campaignId ? s.calibrationScores : null),
  auditLog: (s: WorkbenchState) => s.auditLog,
  auditChecks: (s: WorkbenchState) => s.auditChecks,
}
