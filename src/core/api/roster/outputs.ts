import type { Subject } from '../../domain/subject'
import type { RosterField, RosterFieldDef } from '../../intake/roster/rosterFields'

export interface RosterPreview {
  fileName: string
  headers: string[]
  /** the mapping used: what the user chose, else the campaign's remembered one, else a guess */
  mapping: Partial<Record<RosterField, string>>
  /** the fields of this campaign's review kind, in order, with their labels (rosterFields.ts) */
  fields: RosterFieldDef[]
  rowCount: number
  validCount: number
  /** `label`: what the row names (submissionLabel) */
  rows: Array<{ row: number; school: string; program: string; groupId: string; applicant: string; subject: Subject; label: string; extra: Record<string, string> }>
  problems: Array<{ row: number; column: string; message: string }>
  /** the row the headers were read from: detected (a title row above is skipped) or the user's pick */
  headerRow: number
  /** the first non-empty rows with their first cells, to pick another header row from */
  headerChoices: Array<{ row: number; preview: string[] }>
}

export interface RosterOutputs {
  'roster.preview': RosterPreview
  'roster.import': { imported: number; skippedRows: number; problems: Array<{ row: number; column: string; message: string }> }
}
