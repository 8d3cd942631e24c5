import type { In, Out } from '../../../../../core/api/contract'
import type { Expert } from '../../../../../core/domain/workspace'

export interface ExpertsSlice {
  /** the workspace's expert pool (专家库) */
  experts: Expert[]
  loadExperts: () => Promise<void>
  addExpert: (input: In<'experts.add'>) => Promise<Expert>
  /** edits a pool expert (回避 data included); the campaign's conflicts are read again */
  updateExpert: (input: In<'experts.update'>) => Promise<Expert>
  /** 新增专家 inside a campaign: into the pool, then into the campaign */
  addNewExpertToCampaign: (input: In<'experts.add'>) => Promise<Expert>
  /** 导入专家: the preview of an uploaded table (`headerRow` when the user picked one) */
  previewExpertImport: (uploadId: string, headerRow?: number) => Promise<Out<'experts.previewImport'>>
  /** imports the table (consumes the upload) and reloads the pool */
  importExperts: (uploadId: string, mode: 'all' | 'validOnly', headerRow?: number) => Promise<Out<'experts.import'>>
}

export const initialExpertsState = { experts: [] } satisfies Partial<ExpertsSlice>
