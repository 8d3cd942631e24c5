import type { Material, UnmatchedMaterial } from '../../domain/workspace'
import type { TaskViewOf } from '../taskView'

export interface MaterialsImportResult {
  attached: number
  unmatched: string[]
  skipped: Array<{ path: string; reason: string; message: string }>
  problems: Array<{ path: string; message: string }>
}

export interface MaterialsOutputs {
  /** a task: its result (tasks.get) is a MaterialsImportResult */
  'materials.import': TaskViewOf<'materials.import'>
  'materials.list': Material[]
  /** readable text of a .docx material (paragraphs as plain text, never HTML) */
  'materials.addFiles': Omit<MaterialsImportResult, 'unmatched'>
  'materials.unmatched': UnmatchedMaterial[]
  'materials.attach': Material
  'materials.preview': { name: string; paragraphs: string[]; truncated: boolean }
}
