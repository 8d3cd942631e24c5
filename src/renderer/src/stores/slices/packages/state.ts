import type { ReturnRow, ScoreImportResult } from '../../../../../core/api/packages/outputs'
import type { TaskViewOf } from '../../../../../core/api/taskView'
import type { PickedFile } from '../../../api'

/** 专家包与回收 (issue 11): the 回收情况 table and the running export of an expert package. */
export interface PackagesState {
  returns: { campaignId: string; rows: ReturnRow[] } | null
  /** the expert package being written (polled), with the expert it is for */
  packageExport: { expertId: string; task: TaskViewOf<'packages.exportExpert'> } | null
}

export interface PackagesActions {
  loadReturns(campaignId: string): Promise<void>
  exportExpertPackage(expertId: string, passphrase: string, validDays: number): Promise<TaskViewOf<'packages.exportExpert'>>
  cancelPackageExport(): Promise<void>
  clearPackageExport(): void
  /** uploads and imports a .wbscore; `confirmFingerprint` after the secretary checked a first key */
  importScorePackage(file: PickedFile | { uploadId: string }, confirmFingerprint?: string): Promise<ScoreImportResult>
}

export type PackagesSlice = PackagesState & PackagesActions

export const initialPackagesState: PackagesState = { returns: null, packageExport: null }
