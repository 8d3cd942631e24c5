import { WorkbenchError } from '../domain/errors'
import type { Expert } from '../domain/workspace'
import { readDocxParts } from '../intake/docxParts'
import { checkDocumentSignature, DocumentSignatureFileSchema, SIGNATURE_PART } from './documentSignature'
import { expertKeyRecord } from './keyStore'
import { packageVerifier } from '../packages/packageVerifier'

/** What `verify` says about a file (CLI and the 验证文书 screen): authentic and unmodified only when ok. */
export interface VerifyReport {
  ok: boolean
  /** e.g. 专家评分表 */
  kind: string
  file: string
  /** what was found, one line each, in Chinese */
  lines: string[]
  /** why it is not authentic, one line each; empty when ok */
  problems: string[]
  signer?: { name: string; fingerprint: string; signedAt: string; submittedVersion: number }
  workspaceFingerprint?: string
  verificationCode?: string
  /** with a workspace: whether its key sealed the file (null: not checked) */
  thisWorkspace: boolean | null
}

/** The workspace a file is checked against (`verify --workspace`, the app): its key and roster. */
export interface VerifyAgainst {
  workspacePublicKey?: string
  experts: readonly Expert[]
}

/**
 * A kind of file `verify` knows, chosen by its bytes: the 专家评分表 .docx here; the packages of
 * issue 11 add theirs (one entry each, at the end of VERIFIERS).
 */
export interface FileVerifier {
  id: string
  label: string
  matches: (name: string, head: Uint8Array) => boolean
  verify: (bytes: Uint8Array, name: string, against?: VerifyAgainst) => Promise<VerifyReport>
}

const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04

export const docxVerifier: FileVerifier = {
  id: 'docx',
  label: 'Word 文书（.docx）',
  matches: (name, head) => isZip(head) && /\.docx$/i.test(name),
  verify: async (bytes, name, against) => {
    const parts = await readDocxParts(bytes, name)
    const raw = parts.get(SIGNATURE_PART)
    const base = { kind: 'Word 文书', file: name, thisWorkspace: null }
    if (!raw) return { ...base, ok: false, lines: [], problems: ['文档中没有签署信息（签署部分缺失或被删除），无法确认其真实性。'] }
    let sig
    try {
      if (raw.length > 1024 * 1024) throw new Error('too large')
      sig = DocumentSignatureFileSchema.parse(JSON.parse(new TextDecoder().decode(raw)))
    } catch {
      return { ...base, ok: false, lines: [], problems: ['文档的签署信息已损坏，无法读取。'] }
    }
    const check = checkDocumentSignature(parts, sig)
    const problems = [...check.problems]
    const d = sig.document
    const s = sig.sheet.signature
    let thisWorkspace: boolean | null = null
    if (against) {
      thisWorkspace = !!sig.workspace && sig.workspace.publicKey === against.workspacePublicKey
      if (!thisWorkspace) problems.push('文档不是由本工作区的秘书处密钥签章的。')
      const expert = against.experts.find((e) => e.id === d.expertId)
      const rec = expert && expertKeyRecord(expert, s.publicKey)
      if (!rec) problems.push(`签署所用的密钥（指纹 ${s.fingerprint}）不是本工作区专家库中为 ${d.expertName} 登记的密钥。`)
    }
    const lines = [
      `文书：${d.title}（${d.campaignName}）`,
      `签署专家：${d.expertName}（密钥指纹 ${s.fingerprint}）`,
      `签署时间：${s.signedAt}，第${d.submittedVersion}版`,
      `验证码：${d.verificationCode}`,
      sig.workspace ? `秘书处签章：密钥指纹 ${sig.workspace.fingerprint}` : '秘书处签章：无',
      '（平台内签署确认，并非电子认证服务机构颁发证书的电子签名）',
    ]
    return {
      ok: problems.length === 0,
      kind: d.title,
      file: name,
      lines,
      problems,
      signer: { name: d.expertName, fingerprint: s.fingerprint, signedAt: s.signedAt, submittedVersion: d.submittedVersion },
      workspaceFingerprint: sig.workspace?.fingerprint,
      verificationCode: d.verificationCode,
      thisWorkspace,
    }
  },
}

/** Every kind of file verify knows; packages add their verifier below, one line each. */
export const VERIFIERS: FileVerifier[] = [
  docxVerifier,
  // issue 11 packages (.wbexp / .wbscore)
  packageVerifier,
]

/** Verifies a file by its kind (the first verifier that matches its name and bytes). */
export async function verifyFile(bytes: Uint8Array, name: string, against?: VerifyAgainst): Promise<VerifyReport> {
  const v = VERIFIERS.find((x) => x.matches(name, bytes.subarray(0, 8)))
  if (!v) throw new WorkbenchError('SIGNATURE_INVALID', `无法核验 ${name}：不是工作台签署的文书（.docx）或文件包。`)
  return v.verify(bytes, name, against)
}
