import type { SignatureImageRef, WorkspaceKeyInfo } from '../../domain/expertKey'

/** One expert's signing identity as the secretariat sees it: public facts only. */
export interface ExpertKeyRow {
  expertId: string
  name: string
  unit: string
  /** null: no key registered yet */
  fingerprint: string | null
  publicKey: string | null
  keyValidFrom: string | null
  /** whether this workspace holds the expert's (encrypted) private key, so the expert can sign here */
  hasLocalKey: boolean
  history: Array<{ fingerprint: string; validFrom: string; validTo: string; reason: string }>
  /** the handwritten-signature image shown in the expert's 专家评分表, if set */
  signatureImage: SignatureImageRef | null
}

export interface KeysStatus {
  workspace: WorkspaceKeyInfo | null
  /** whether the workspace key is unlocked in this session (documents are sealed) */
  workspaceUnlocked: boolean
  experts: ExpertKeyRow[]
}

export interface KeysOutputs {
  'keys.status': KeysStatus
  'keys.createWorkspaceKey': WorkspaceKeyInfo
  'keys.createExpertKey': ExpertKeyRow
  'keys.registerExpertKey': ExpertKeyRow & { registered: boolean }
  'keys.rekeyExpert': ExpertKeyRow & { previousFingerprint: string | null }
  'keys.replaceExpertKey': ExpertKeyRow & { previousFingerprint: string }
  'keys.setSignatureImage': ExpertKeyRow
  'keys.clearSignatureImage': ExpertKeyRow & { cleared: boolean }
  'keys.signatureImage': { dataUrl: string; width: number; height: number; setAt: string } | null
  'keys.unlockWorkspace': { fingerprint: string }
  'keys.lockWorkspace': { locked: true }
}
