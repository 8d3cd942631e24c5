export interface RosterPreview {
  fileName: string
  headers: string[]
  /** the mapping used: what the user chose, else the campaign's remembered one, else a guess */
  mapping: Partial<Record<'school' | 'program' | 'group' | 'applicant', string>>
  rowCount: number
  validCount: number
  rows: Array<{ row: number; school: string; program: string; groupId: string; applicant: string; extra: Record<string, string> }>
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
