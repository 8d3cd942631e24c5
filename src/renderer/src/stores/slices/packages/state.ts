import type { ExpertPackageResult, ReturnRow, ScoreImportResult, ScorePackageResult } from '../../../../../core/api/packages/outputs'
import type { FileOutput } from '../../../../../core/api/outputs'
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
  /** the bytes of an exported expert package, fetched piece by piece, to save as a download */
  fetchExpertPackage(result: ExpertPackageResult): Promise<Blob>
  cancelPackageExport(): Promise<void>
  clearPackageExport(): void
  /** uploads and imports a .wbscore; `confirmFingerprint` after the secretary checked a first key */
  importScorePackage(file: PickedFile | { uploadId: string }, confirmFingerprint?: string): Promise<ScoreImportResult>
  /** expert mode: signs and writes the score package of every submitted sheet, then fetches its bytes to save */
  exportScorePackage(passphrase: string): Promise<{ result: ScorePackageResult; file: FileOutput }>
}

export type PackagesSlice = PackagesState & PackagesActions

export const initialPackagesState: PackagesState = { returns: null, packageExport: null }
