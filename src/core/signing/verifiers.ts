import { WorkbenchError } from '../domain/errors'
import { openRegularFile, readRegularFile } from '../intake/files/openRegular'
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
  signer?: {
    name: string
    /** who signed: an expert (专家评分表, 评分包) or the secretariat's workspace key (评审包) */
    role: 'expert' | 'workspace'
    fingerprint: string
    signedAt: string
    /** 第 N 版 of a signed sheet (documents only) */
    submittedVersion?: number
  }
  /** the document's title and campaign, e.g. 专家评分表（2026年度专业建设诊断） */
  title?: string
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
  /** the same check on a file on disk, when the kind can read it without loading it whole (packages) */
  verifyPath?: (path: string, name: string, against?: VerifyAgainst) => Promise<VerifyReport>
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
      signer: { name: d.expertName, role: 'expert', fingerprint: s.fingerprint, signedAt: s.signedAt, submittedVersion: d.submittedVersion },
      title: `${d.title}（${d.campaignName}）`,
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

function verifierOf(name: string, head: Uint8Array): FileVerifier {
  const v = VERIFIERS.find((x) => x.matches(name, head))
  if (!v) throw new WorkbenchError('SIGNATURE_INVALID', `无法核验「${name}」：不是工作台签署的文书（.docx）或评审包、评分包。`)
  return v
}

/** Verifies a file by its kind (the first verifier that matches its name and bytes). */
export async function verifyFile(bytes: Uint8Array, name: string, against?: VerifyAgainst): Promise<VerifyReport> {
  return verifierOf(name, bytes.subarray(0, 8)).verify(bytes, name, against)
}

/** Largest document read whole to verify it (a signed .docx is well under 1 MB; packages are read by path). */
export const MAX_VERIFY_BYTES = 200 * 1024 * 1024

/**
 * verifyFile for a file on disk named `name` (an upload staged by the app): a package is read by path,
 * a document whole (at most MAX_VERIFY_BYTES).
 */
export async function verifyFileAt(path: string, name: string, against?: VerifyAgainst): Promise<VerifyReport> {
  const { fh } = await openRegularFile(path, name, Number.MAX_SAFE_INTEGER, () => new Error('unreachable'))
  let head: Uint8Array
  try {
    const buf = new Uint8Array(8)
    const { bytesRead } = await fh.read(buf, 0, 8, 0)
    head = buf.subarray(0, bytesRead)
  } finally {
    await fh.close()
  }
  const v = verifierOf(name, head)
  if (v.verifyPath) return v.verifyPath(path, name, against)
  const bytes = await readRegularFile(path, name, MAX_VERIFY_BYTES, () => new WorkbenchError('INVALID_INPUT', `「${name}」超过 200 MB，不是工作台生成的文书。`))
  return v.verify(bytes, name, against)
}
