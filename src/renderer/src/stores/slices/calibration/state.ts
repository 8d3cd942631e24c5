import type { CalibrationScores, CalibrationView, FileOutput } from '../../../../../core/api/outputs'
import type { In, Out } from '../../../../../core/api/contract'

type WithoutCampaign<T> = Omit<T, 'campaignId'>

/** 校准会 and 审计日志 of the open campaign (issue 12): what the core returned, nothing computed here. */
export interface CalibrationSlice {
  calibration: CalibrationView | null
  /** only after the reveal (the core refuses before) */
  calibrationScores: CalibrationScores | null
  auditLog: Out<'audit.list'> | null
  auditChecks: Out<'audit.verify'> | null
  loadCalibration: () => Promise<void>
  openCalibration: (input: WithoutCampaign<In<'calibration.open'>>) => Promise<void>
  revealCalibration: () => Promise<void>
  reviseSheet: (input: WithoutCampaign<In<'calibration.revise'>>) => Promise<void>
  decideCalibration: (input: WithoutCampaign<In<'calibration.decide'>>) => Promise<void>
  closeCalibration: () => Promise<void>
  exportMinutes: () => Promise<FileOutput>
  loadAudit: () => Promise<void>
  verifyAllAudits: () => Promise<void>
}

export const initialCalibrationState = { calibration: null, calibrationScores: null, auditLog: null, auditChecks: null } satisfies Partial<CalibrationSlice>
