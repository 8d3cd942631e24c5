import type { CalibrationSession, CalibrationSnapshot } from '../../domain/calibration'
import type { CalibrationFlag } from '../../calibration/sessionFlags'
import type { FileOutput } from '../shared/files'

export interface CalibrationView {
  campaignId: string
  /** null before the chair opens a session */
  session: CalibrationSession | null
  revealed: boolean
  /** per participant: anchors submitted / anchors (no scores before the reveal) */
  progress: Array<{ expertId: string; name: string; submitted: number; expected: number }>
  /** display names of the anchors, participants and indicators */
  names: Record<string, string>
}

export interface CalibrationScores {
  campaignId: string
  /** at the reveal, and now */
  before: CalibrationSnapshot
  now: CalibrationSnapshot
  flags: Array<CalibrationFlag & { text: string }>
  beforeFlags: Array<CalibrationFlag & { text: string }>
  /** disagreement per indicator (rows) and anchor (columns): points' SD / indicator points */
  heat: { anchors: string[]; rows: Array<{ code: string; cells: Array<number | null> }> }
  names: Record<string, string>
  /** each participant's anchor entries after the reveal, keyed `${expertId}:${submissionId}` (for 复议) */
  entries: Record<string, Record<string, { level?: 'A' | 'B' | 'C' | 'D'; points?: number }>>
}

export interface CalibrationOutputs {
  'calibration.get': CalibrationView
  'calibration.scores': CalibrationScores
  'calibration.open': CalibrationView
  'calibration.reveal': CalibrationView
  'calibration.revise': CalibrationView
  'calibration.decide': CalibrationView
  'calibration.close': CalibrationView
  'calibration.minutes': FileOutput
}
