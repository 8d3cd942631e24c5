/** 验证文书 (issue 11): what the app says about a file dropped on it, and about a typed code. */

/** Honest label of every signature the workbench makes (not a CA-certified electronic signature). */
export const PLATFORM_SIGNATURE_LABEL = '平台内签署确认（并非电子认证服务机构颁发证书的电子签名）'

export interface DocumentVerdict {
  /** authentic and unmodified, and signed with keys this workspace knows */
  authentic: boolean
  /** 专家评分表 / 评审包 / 评分包, or 文件 when it could not be read */
  kind: string
  fileName: string
  /** e.g. 专家评分表（2026年度专业建设诊断） */
  title: string | null
  signer: {
    name: string
    role: 'expert' | 'workspace'
    /** 评审专家 / 秘书处 */
    roleLabel: string
    fingerprint: string
    signedAt: string
    submittedVersion: number | null
  } | null
  /** the secretariat's seal on a document */
  workspaceFingerprint: string | null
  verificationCode: string | null
  /** whether this workspace's keys signed it (false: another workspace's, or unknown keys) */
  thisWorkspace: boolean | null
  /** what was found, one line each, in Chinese */
  lines: string[]
  /** why it is not authentic, one line each, in Chinese; empty when authentic */
  reasons: string[]
  label: string
}

/** A verification code's entry in the workspace's register of issued documents. */
export interface RegisteredDocument {
  code: string
  title: string
  /** 专家评分表 */
  kindLabel: string
  campaignId: string
  campaignName: string
  /** 学校 · 专业 (or the submission id when the campaign is gone) */
  subject: string
  signer: { name: string; fingerprint: string }
  submittedVersion: number
  signedAt: string
  /** when this workspace first issued the document */
  issuedAt: string
  workspaceFingerprint: string
  fileName: string
  fileSha256: string
}

export type LookupResult = { found: true; document: RegisteredDocument } | { found: false; code: string; message: string }

export interface DocumentsOutputs {
  'documents.verify': DocumentVerdict
  'documents.lookup': LookupResult
}
