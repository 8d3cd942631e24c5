import type { PickedFile } from '../../../api'
import type { In, Out } from '../../../../../core/api/contract'
import type { MaterialsImportResult, RosterPreview } from '../../../../../core/api/outputs'
import type { TaskView } from '../../../../../core/api/taskView'
import type { Material } from '../../../../../core/domain/workspace'

export type RosterMapping = NonNullable<In<'roster.preview'>['mapping']>
export type MaterialsRule = NonNullable<In<'materials.import'>['rule']>

/** One materials import as the 申报与材料 tab follows it: upload, then the core's task, then its result. */
export interface MaterialsImportJob {
  campaignId: string
  fileName: string
  /** all files to this submission; otherwise matched by the naming rule */
  submissionId?: string
  phase: 'uploading' | 'importing' | 'done' | 'failed' | 'cancelled'
  /** bytes sent of the file */
  sent: number
  size: number
  /** the core's task while it runs (done/total in bytes) */
  task: TaskView | null
  result: MaterialsImportResult | null
  error: string | null
}

export interface IntakeSlice {
  materialsJob: MaterialsImportJob | null
  /** materials.list answers, keyed `${campaignId}/${submissionId}` */
  materialLists: Record<string, Material[]>

  /** sends a picked file in chunks; resolves with its uploadId */
  uploadFile: (file: PickedFile, onProgress?: (sent: number, total: number) => void) => Promise<string>
  /** `headerRow`: the row the user picked as the header; the core detects it otherwise */
  previewRoster: (uploadId: string, mapping?: RosterMapping, headerRow?: number) => Promise<RosterPreview>
  /** imports the roster (consumes the upload) and reloads the campaign */
  importRoster: (uploadId: string, mapping: RosterMapping, mode: 'all' | 'validOnly', headerRow?: number) => Promise<Out<'roster.import'>>
  /** uploads the zip, starts materials.import and follows the task until it ends */
  importMaterials: (file: PickedFile, target: { submissionId?: string; rule?: MaterialsRule }) => Promise<void>
  /** stops the upload, or asks the core to cancel the task (it commits nothing then) */
  cancelMaterialsImport: () => Promise<void>
  clearMaterialsJob: () => void
  /** uploads single files and adds them to one submission (materials.addFiles), then reloads the campaign */
  addMaterialFiles: (submissionId: string, files: File[], onProgress?: (sent: number, total: number) => void) => Promise<Out<'materials.addFiles'>>
  /** attaches a file an import could not match to a submission (materials.attach), then reloads the campaign */
  attachUnmatched: (input: Omit<In<'materials.attach'>, 'campaignId'>) => Promise<Out<'materials.attach'>>
  loadMaterials: (submissionId: string, forExpert?: boolean) => Promise<Material[]>
  /** the plain-text paragraphs of a .docx material (never HTML) */
  docxText: (submissionId: string, sha256: string) => Promise<{ paragraphs: string[]; truncated: boolean }>
}

export const initialIntakeState = {
  materialsJob: null,
  materialLists: {},
} satisfies Partial<IntakeSlice>
