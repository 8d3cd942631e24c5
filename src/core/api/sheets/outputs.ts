import type { ScoreSheet, Submission } from '../../domain/workspace'
import type { SheetResult } from '../../scoring/sheetResult'
import type { SubmitBlocker } from '../../scoring/submitBlocker'

export interface SheetView {
  sheet: ScoreSheet
  result: SheetResult
  /** ISO time the sheet reached the disk; absent for a sheet never saved */
  savedAt?: string
  /** scored under an earlier rubric version: the expert must check it again */
  needsRecheck: boolean
  /** why the sheet may not be submitted now (core/scoring/submitBlocker.ts), null when it may */
  submitBlocker: SubmitBlocker | null
  /** the submission as the expert may see it (盲评: school and applicant withheld, domain/blind.ts) */
  submission: Submission
  /** the expert's registered signing key (issue 11); null: none yet, so submitting first sets a passphrase */
  signerFingerprint: string | null
  /** 第 N 版 of a submitted sheet (not the autosave counter); null for a draft */
  submittedVersion: number | null
}

export interface SheetListRow {
  submission: Submission
  status: 'empty' | 'draft' | 'submitted'
  total: number | null
  scoredCount: number
  indicatorCount: number
  version: number
  needsRecheck: boolean
  /** why the expert may not score it now (回避 declared and undecided, or decided), else null */
  conflict: string | null
}

export interface SheetsOutputs {
  'sheets.get': SheetView
  'sheets.listByExpert': SheetListRow[]
  'sheets.setEntry': SheetView
  'sheets.setEligibility': SheetView
  'sheets.setVeto': SheetView
  'sheets.setBonus': SheetView
  'sheets.setComment': SheetView
  'sheets.setDimensionNote': SheetView
  'sheets.setHighlights': SheetView
  'sheets.submit': SheetView
  'sheets.reopen': SheetView
}
