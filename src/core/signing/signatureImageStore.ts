import { WorkbenchError } from '../domain/errors'
import type { ExpertId } from '../domain/ids'
import type { Expert } from '../domain/workspace'
import type { SignatureImageRef } from '../domain/expertKey'
import type { WorkspaceStore } from '../storage/workspaceStore'
import { sha256Hex } from './documentSignature'
import { inspectSignatureImage } from './signatureImage'

/**
 * Where an expert's handwritten-signature image is kept (issue 11): its bytes once in
 * `signatures/<sha256>` (not attachments/, whose blobs are swept when no submission links them), and
 * a reference on the expert's roster record. An image replaced or cleared stays on disk: a document
 * issued with it can still be rebuilt byte for byte.
 */
export const signatureImageFile = (sha256: string): string => `signatures/${sha256}`

/** An image ready for a document: its bytes, the docx image type and its pixel size. */
export interface SignatureImageData {
  data: Uint8Array
  type: 'png' | 'jpg'
  width: number
  height: number
}

function updateExpert(store: WorkspaceStore, expertId: ExpertId, change: (e: Expert) => Expert): Promise<Expert> {
  return store.workspaceShard().then((ws) =>
    ws.update((d) => {
      const i = d.experts.findIndex((e) => e.id === expertId)
      if (i < 0) throw new WorkbenchError('NOT_FOUND', `专家库中没有专家 ${expertId}。`)
      const next = change(d.experts[i]!)
      d.experts[i] = next
      return next
    }),
  )
}

/** Checks the image (signatureImage.ts), stores its bytes, and names it on the expert's record. The caller audits it. */
export async function setSignatureImage(store: WorkspaceStore, opts: { expertId: ExpertId; bytes: Uint8Array; at: Date }): Promise<{ expert: Expert; ref: SignatureImageRef }> {
  const ws = (await store.workspaceShard()).data
  if (!ws.experts.some((e) => e.id === opts.expertId)) throw new WorkbenchError('NOT_FOUND', `专家库中没有专家 ${opts.expertId}。`)
  const info = inspectSignatureImage(opts.bytes)
  const ref: SignatureImageRef = { sha256: sha256Hex(opts.bytes), mime: info.mime, width: info.width, height: info.height, setAt: opts.at.toISOString() }
  // the bytes first: a record never names a file that is not there
  if (!(await store.readOwnFile(signatureImageFile(ref.sha256)))) await store.writeOwnFile(signatureImageFile(ref.sha256), opts.bytes)
  const expert = await updateExpert(store, opts.expertId, (e) => ({ ...e, signatureImage: ref }))
  return { expert, ref }
}

/** Removes the image from the expert's record (the file stays); undefined when there was none. */
export async function clearSignatureImage(store: WorkspaceStore, expertId: ExpertId): Promise<{ expert: Expert; removed: SignatureImageRef | undefined }> {
  let removed: SignatureImageRef | undefined
  const expert = await updateExpert(store, expertId, (e) => {
    removed = e.signatureImage
    const { signatureImage: _gone, ...rest } = e
    void _gone
    return rest
  })
  return { expert, removed }
}

/**
 * The image an expert's record names, read back and checked against its SHA-256: a file changed or
 * lost since it was set is refused rather than put into a signed document.
 */
export async function readSignatureImage(store: WorkspaceStore, expert: Pick<Expert, 'name' | 'signatureImage'>): Promise<SignatureImageData | undefined> {
  const ref = expert.signatureImage
  if (!ref) return undefined
  const bytes = await store.readOwnFile(signatureImageFile(ref.sha256))
  if (!bytes || sha256Hex(bytes) !== ref.sha256) {
    throw new WorkbenchError(
      'CONFLICT',
      `专家 ${expert.name} 的手写签名图片（${signatureImageFile(ref.sha256)}）缺失或已被改动。请在专家库中重新设置或清除该专家的签名图片。`,
      { details: { file: signatureImageFile(ref.sha256) } },
    )
  }
  const info = inspectSignatureImage(bytes)
  return { data: new Uint8Array(bytes), type: info.type, width: info.width, height: info.height }
}
