import type { ExpertWorkspaceInfo } from '../../domain/expertWorkspace'
import type { TaskViewOf } from '../taskView'
import type { FileOutput } from '../shared/files'

export interface ExpertPackageResult {
  /** where the .wbexp was written (inside the workspace's exports/packages/) */
  path: string
  fileName: string
  bytes: number
  sequence: number
  submissions: number
  expiresAt: string
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
}
