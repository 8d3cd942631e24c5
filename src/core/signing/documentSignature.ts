import { createHash } from 'node:crypto'
import { z } from 'zod'
import { FingerprintSchema, PublicKeyTextSchema } from '../domain/expertKey'
import { SheetSignatureSchema } from '../domain/sheetSignature'
import type { UnlockedKey } from './keys'
import { signValue, verifyBytes, verifyValue } from './signature'

/**
 * What travels inside a signed .docx (issue 11), in its own part SIGNATURE_PART: the document's identity
 * (campaign, submission, expert, 第 N 版, verification code), the expert's signature over the sheet with
 * the exact payload it covers, the SHA-256 of every other part of the package, and the workspace's
 * signature over all of that. Everything needed to verify offline: both public keys are in it.
 */
export const SIGNATURE_PART = 'wb-signature/signature.json'
export const SIGNATURE_CONTENT_TYPE = 'application/vnd.expert-workbench.signature+json'
const PURPOSE = 'expert-workbench/document/v1'

export const SignedDocumentInfoSchema = z
  .object({
    kind: z.literal('scoreSheet'),
    title: z.string().max(40),
    campaignId: z.string().max(64),
    campaignName: z.string().max(200),
    submissionId: z.string().max(64),
    expertId: z.string().max(64),
    expertName: z.string().max(80),
    submittedVersion: z.number().int().positive(),
    verificationCode: z.string().regex(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/),
    issuedAt: z.string().max(40),
  })
  .strict()
export type SignedDocumentInfo = z.infer<typeof SignedDocumentInfoSchema>

export const DocumentSignatureFileSchema = z
  .object({
    kind: z.literal('document-signature'),
    schemaVersion: z.literal(1),
    document: SignedDocumentInfoSchema,
    sheet: z.object({ payload: z.string().max(200_000), signature: SheetSignatureSchema }).strict(),
    /** part name → sha256 (hex) of every part of the package but this one */
    parts: z.record(z.string().max(300), z.string().regex(/^[0-9a-f]{64}$/)),
    workspace: z.object({ publicKey: PublicKeyTextSchema, fingerprint: FingerprintSchema, signature: z.string().max(128) }).strict().optional(),
  })
  .strict()
export type DocumentSignatureFile = z.infer<typeof DocumentSignatureFileSchema>

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * The verification code of a signed sheet's document: 16 characters (digits and letters without I, O),
 * derived from the expert's signature, so the same submitted version always gets the same code.
 */
export function verificationCodeOf(campaignId: string, sheetSignature: string): string {
  const ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'
  const h = createHash('sha256').update(`${campaignId}\n${sheetSignature}`).digest()
  let s = ''
  for (let i = 0; i < 16; i++) s += ALPHABET[h[i]! % ALPHABET.length]
  return s.match(/.{4}/g)!.join('-')
}

/**
 * A verification code as a person types it, in the form the register keys it by (XXXX-XXXX-XXXX-XXXX):
 * case ignored, spaces, dashes and other separators dropped, and O / I read as 0 / 1 (the code's
 * alphabet has neither letter). Undefined when what remains is not 16 characters of the alphabet.
 */
export function normalizeVerificationCode(typed: string): string | undefined {
  const s = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.·—–]/g, '')
    .replace(/O/g, '0')
    .replace(/I/g, '1')
  if (!/^[0-9A-HJ-NP-Z]{16}$/.test(s)) return undefined
  return s.match(/.{4}/g)!.join('-')
}

/** What the workspace key signs: the document, the expert's signature and the hash of every part. */
function workspacePayload(f: Pick<DocumentSignatureFile, 'document' | 'sheet' | 'parts'>): unknown {
  return { purpose: PURPOSE, document: f.document, sheetSignature: f.sheet.signature.signature, parts: f.parts }
}

/** Builds the signature part for a package whose other parts are `parts`; sealed by `workspaceKey` when given. */
export function buildDocumentSignature(
  parts: ReadonlyMap<string, Uint8Array>,
  document: SignedDocumentInfo,
  sheet: DocumentSignatureFile['sheet'],
  workspaceKey: UnlockedKey | undefined,
): DocumentSignatureFile {
  const hashes: Record<string, string> = {}
  for (const [name, bytes] of [...parts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (name !== SIGNATURE_PART) hashes[name] = sha256Hex(bytes)
  const base = { kind: 'document-signature' as const, schemaVersion: 1 as const, document, sheet, parts: hashes }
  if (!workspaceKey) return base
  return { ...base, workspace: { publicKey: workspaceKey.publicKey, fingerprint: workspaceKey.fingerprint, signature: signValue(workspaceKey, workspacePayload(base)) } }
}

export interface DocumentCheck {
  ok: boolean
  /** what failed, in Chinese, one line each; empty when ok */
  problems: string[]
}

/**
 * Checks a package's parts against its signature part: every part hashed as signed (no part added,
 * removed or changed), the workspace signature, the expert's signature over the sheet payload, and
 * that the payload names the same campaign, submission, expert and version as the document.
 */
export function checkDocumentSignature(parts: ReadonlyMap<string, Uint8Array>, sig: DocumentSignatureFile): DocumentCheck {
  const problems: string[] = []
  const names = [...parts.keys()].filter((n) => n !== SIGNATURE_PART)
  for (const n of names) {
    const want = sig.parts[n]
    if (!want) problems.push(`文档中多出了签署时没有的部分 ${n}。`)
    else if (want !== sha256Hex(parts.get(n)!)) problems.push(`文档内容已被改动（${n} 与签署时不一致）。`)
  }
  for (const n of Object.keys(sig.parts)) if (!parts.has(n)) problems.push(`文档缺少签署时的部分 ${n}。`)
  if (!sig.workspace) problems.push('文档未经秘书处签名密钥签章，无法确认内容未被改动。')
  else if (!verifyValue(sig.workspace.publicKey, workspacePayload(sig), sig.workspace.signature)) problems.push('秘书处签章无效（签名与内容不符）。')
  const s = sig.sheet.signature
  if (!verifyBytes(s.publicKey, Buffer.from(sig.sheet.payload, 'utf8'), s.signature)) problems.push('专家签署无效（签名与评分内容不符）。')
  try {
    const p = JSON.parse(sig.sheet.payload) as Record<string, unknown>
    const d = sig.document
    if (p.campaignId !== d.campaignId || p.submissionId !== d.submissionId || p.expertId !== d.expertId || p.submittedVersion !== d.submittedVersion || p.fingerprint !== s.fingerprint) {
      problems.push('专家签署的评分表与文档所标明的评审活动、申报、专家或版本不一致。')
    }
  } catch {
    problems.push('专家签署的评分内容无法读取。')
  }
  if (verificationCodeOf(sig.document.campaignId, s.signature) !== sig.document.verificationCode) problems.push('验证码与专家签署不符。')
  return { ok: problems.length === 0, problems }
}

