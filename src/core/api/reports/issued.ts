import { z } from 'zod'
import type { WorkspaceStore } from '../../storage/workspaceStore'
import { WorkbenchError } from '../../domain/errors'
import { sha256Hex, type DocumentSignatureFile } from '../../signing/documentSignature'
import { sessionWorkspaceKey } from '../../signing/keyStore'
import { readSignatureImage, type SignatureImageData } from '../../signing/signatureImageStore'
import type { DocumentSigning } from '../../reports/documentContext'
import type { Submission } from '../../domain/workspace'
import { subjectName } from '../../domain/submissionLabel'
import { safeFileName } from '../../util/fileName'

/**
 * The register of issued documents (issue 11): verification code → campaign, sheet, version and the
 * hashes of the file, in reports/register.json ({kind, schemaVersion: 1}). A code typed in the app
 * finds its document here. Written through the store's durable write, one change at a time.
 */
export const REGISTER_FILE = 'reports/register.json'

export const IssuedDocumentSchema = z.object({
  kind: z.literal('scoreSheet'),
  title: z.string(),
  campaignId: z.string(),
  campaignName: z.string(),
  submissionId: z.string(),
  expertId: z.string(),
  expertName: z.string(),
  submittedVersion: z.number().int().positive(),
  /** sha256 of the .docx file as issued, and of its signature part's content manifest */
  fileSha256: z.string(),
  signedAt: z.string(),
  workspaceFingerprint: z.string(),
  expertFingerprint: z.string(),
  firstIssuedAt: z.string(),
})
export type IssuedDocument = z.infer<typeof IssuedDocumentSchema>

const RegisterSchema = z.object({
  kind: z.literal('document-register'),
  schemaVersion: z.literal(1),
  documents: z.record(z.string(), IssuedDocumentSchema),
})
type Register = z.infer<typeof RegisterSchema>

const queues = new WeakMap<WorkspaceStore, Promise<unknown>>()

export async function readRegister(store: WorkspaceStore): Promise<Register> {
  const bytes = await store.readOwnFile(REGISTER_FILE)
  if (!bytes) return { kind: 'document-register', schemaVersion: 1, documents: {} }
  try {
    return RegisterSchema.parse(JSON.parse(bytes.toString('utf8')))
  } catch {
    throw new WorkbenchError('WORKSPACE_FILE_CORRUPT', `文书登记簿 ${REGISTER_FILE} 已损坏，无法读取。`)
  }
}

/** Records a sealed document under its verification code (the same document again changes nothing). */
export function registerIssued(store: WorkspaceStore, sig: DocumentSignatureFile, bytes: Uint8Array, at: Date): Promise<void> {
  const run = async () => {
    const reg = await readRegister(store)
    const d = sig.document
    const code = d.verificationCode
    const entry: IssuedDocument = {
      kind: d.kind,
      title: d.title,
      campaignId: d.campaignId,
      campaignName: d.campaignName,
      submissionId: d.submissionId,
      expertId: d.expertId,
      expertName: d.expertName,
      submittedVersion: d.submittedVersion,
      fileSha256: sha256Hex(bytes),
      signedAt: d.issuedAt,
      workspaceFingerprint: sig.workspace?.fingerprint ?? '',
      expertFingerprint: sig.sheet.signature.fingerprint,
      firstIssuedAt: reg.documents[code]?.firstIssuedAt ?? at.toISOString(),
    }
    if (JSON.stringify(reg.documents[code]) === JSON.stringify(entry)) return
    reg.documents[code] = entry
    await store.writeOwnFile(REGISTER_FILE, `${JSON.stringify(reg, null, 1)}\n`)
  }
  const p = (queues.get(store) ?? Promise.resolve()).then(run, run)
  queues.set(store, p.catch(() => undefined))
  return p
}

/** The file name reports.scoreSheet gives a 专家评分表 (and the register's lookup shows). */
export function scoreSheetFileName(submission: Pick<Submission, 'school' | 'program' | 'subject'>, expertName: string): string {
  return safeFileName(`专家评分表_${submission.school}_${subjectName(submission)}_${expertName}.docx`)
}

/** What the document builders need to sign (reports/documentContext.ts DocumentSigning), for these experts. */
export async function documentSigning(store: WorkspaceStore, expertIds: readonly string[], now: () => Date): Promise<DocumentSigning> {
  const images = new Map<string, SignatureImageData>()
  const experts = (await store.workspaceShard()).data.experts
  for (const id of expertIds) {
    const expert = experts.find((e) => e.id === id)
    const image = expert && (await readSignatureImage(store, expert))
    if (image) images.set(id, image)
  }
  return {
    workspaceKey: sessionWorkspaceKey(store),
    signatureImages: images,
    issued: (sig, bytes) => (sig.workspace ? registerIssued(store, sig, bytes, now()) : Promise.resolve()),
  }
}
