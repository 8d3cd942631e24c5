import type { ExpertWorkspaceInfo } from '../../domain/expertWorkspace'
import type { TaskViewOf } from '../taskView'
import type { FileOutput } from '../shared/files'

export interface ExpertPackageResult {
  /** where the .wbexp was written (inside the workspace's exports/packages/) */
  path: string
  fileName: string
  /** the name to offer when the package is downloaded or sent: campaign, expert, 评审包 */
  downloadName: string
  bytes: number
  sequence: number
  submissions: number
  expiresAt: string
}

/**
 * One piece of a file too large to cross IPC/HTTP as one base64 string: its bytes from `offset`
 * (at most PACKAGE_PIECE_BYTES), and the whole file's `size`; the caller asks again from
 * offset + the piece's length until it reaches size.
 */
export interface FilePiece extends FileOutput {
  offset: number
  size: number
}

export interface ScorePackageResult {
  path: string
  fileName: string
  bytes: number
  sequence: number
  sheets: number
}

export interface ScoreImportResult {
  outcome: 'applied' | 'unchanged'
  expertId: string
  expertName: string
  sequence: number
  fingerprint: string
  registeredKey: boolean
  sheets: Array<{ submissionId: string; submittedVersion: number; applied: boolean }>
}

/** One line of the 回收情况 table. */
export interface ReturnRow {
  expertId: string
  name: string
  fingerprint: string | null
  /** submissions the expert judges */
  assigned: number
  /** of those, sheets submitted here (imported or scored in this workspace) */
  returned: number
  /** submission labels still without a submitted sheet */
  missing: string[]
  lastIssued: { sequence: number; issuedAt: string; expiresAt: string } | null
  lastReceived: { sequence: number; issuedAt: string; receivedAt: string; sheets: number; applied: number } | null
}

export interface PackagesOutputs {
  'packages.exportExpert': TaskViewOf<'packages.exportExpert'>
  'packages.exportScores': ScorePackageResult
  'packages.importScores': ScoreImportResult
  'packages.status': ReturnRow[]
  'packages.expertInfo': ExpertWorkspaceInfo | null
  'packages.exportedFile': FileOutput
  'packages.expertPackageFile': FilePiece
}
