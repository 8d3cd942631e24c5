import type { Expert } from '../../domain/workspace'
import type { HeaderChoice } from '../../intake/roster'

export interface ExpertImportPreview {
  fileName: string
  headers: string[]
  headerRow: number
  headerChoices: HeaderChoice[]
  /** field → header found for it (姓名, 工作单位, …) */
  columns: Record<string, string>
  rowCount: number
  validCount: number
  /** the valid rows (first 200) */
  rows: Array<{ row: number } & Omit<Expert, 'id'>>
  /** row 0 = the whole file */
  problems: Array<{ row: number; column: string; message: string }>
}

export interface ExpertsOutputs {
  'experts.list': Expert[]
  'experts.add': Expert
  'experts.update': Expert
  'experts.previewImport': ExpertImportPreview
  'experts.import': { imported: number; skippedRows: number; problems: ExpertImportPreview['problems'] }
}
