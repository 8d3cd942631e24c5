import type { ExpertId } from '../../domain/ids'
import type { Expert } from '../../domain/workspace'
import type { WorkspaceStore } from '../../storage/workspaceStore'
import { createExpertKey, createWorkspaceKey, hasLocalExpertKey, lockWorkspaceKey, registerExpertPublicKey, rekeyExpert, replaceExpertPublicKey, sessionWorkspaceKey, unlockWorkspaceForSession } from '../../signing/keyStore'
import type { HandlerDeps } from '../shared/deps'
import { WorkbenchError } from '../../domain/errors'
import type { Uploads } from '../../storage/uploads'
import { readRegularFile } from '../../intake/files/openRegular'
import { dataUrlBytes, SIGNATURE_IMAGE_LIMITS } from '../../signing/signatureImage'
import { clearSignatureImage, readSignatureImage, setSignatureImage } from '../../signing/signatureImageStore'
import type { HandlersOf } from '../contract'
import type { ExpertKeyRow } from './outputs'

async function row(store: WorkspaceStore, e: Expert): Promise<ExpertKeyRow> {
  return {
    expertId: e.id,
    name: e.name,
    unit: e.unit,
    fingerprint: e.fingerprint ?? null,
    publicKey: e.publicKey ?? null,
    keyValidFrom: e.keyValidFrom ?? null,
    hasLocalKey: await hasLocalExpertKey(store, e.id),
    history: (e.keyHistory ?? []).map(({ fingerprint, validFrom, validTo, reason }) => ({ fingerprint, validFrom, validTo, reason })),
    signatureImage: e.signatureImage ?? null,
  }
}

/** Appends a key event to the audit log of every campaign the expert takes part in. */
export async function auditExpertKeyEvent(
  store: WorkspaceStore,
  expertId: ExpertId,
  action: string,
  actor: string,
  data: Record<string, unknown>,
  at: Date,
): Promise<void> {
  for (const id of await store.campaignIds()) {
    const c = (await store.campaignShard(id)).data.campaign
    if (c.expertIds.includes(expertId)) await store.audit(id).append(action, actor, { expertId, ...data }, at)
  }
}

/** Who changes a signature image: the expert in their own workspace, the secretariat elsewhere. */
async function actorOf(store: WorkspaceStore, expert: Expert): Promise<string> {
  return (await store.workspaceShard()).data.expertWorkspace?.expertId === expert.id ? expert.name : '秘书处'
}

/** The bytes of an uploaded signature image (at most 1 MB); the upload is consumed either way. */
async function uploadedImage(uploads: Uploads, uploadId: string): Promise<Uint8Array> {
  try {
    const file = await uploads.finished(uploadId)
    const max = SIGNATURE_IMAGE_LIMITS.maxBytes
    return await readRegularFile(file.path, file.name, max, () => new WorkbenchError('INVALID_INPUT', `签名图片「${file.name}」过大，不能超过 1 MB。请裁剪或压缩后再导入。`))
  } finally {
    await uploads.discard(uploadId)
  }
}

export function keysHandlers({ store, now, uploads }: HandlerDeps) {
  return {
    'keys.status': async () => {
      const ws = (await store.workspaceShard()).data
      return { workspace: ws.workspaceKey ?? null, workspaceUnlocked: sessionWorkspaceKey(store) !== undefined, experts: await Promise.all(ws.experts.map((e) => row(store, e))) }
    },
    'keys.createWorkspaceKey': async ({ passphrase }) => createWorkspaceKey(store, passphrase, now()),
    'keys.createExpertKey': async ({ expertId, passphrase }) => {
      const at = now()
      const expert = await createExpertKey(store, { expertId, passphrase, at })
      await auditExpertKeyEvent(store, expertId, 'key.create', expertId, { fingerprint: expert.fingerprint }, at)
      return row(store, expert)
    },
    'keys.registerExpertKey': async ({ expertId, publicKey }) => {
      const at = now()
      const { expert, registered } = await registerExpertPublicKey(store, { expertId, publicKey, at })
      if (registered) await auditExpertKeyEvent(store, expertId, 'key.register', '秘书处', { fingerprint: expert.fingerprint }, at)
      return { ...(await row(store, expert)), registered }
    },
    'keys.rekeyExpert': async ({ expertId, passphrase, reason }) => {
      const at = now()
      const { expert, previousFingerprint } = await rekeyExpert(store, { expertId, passphrase, reason, at })
      await auditExpertKeyEvent(store, expertId, 'key.rekey', '秘书处', { fingerprint: expert.fingerprint, previousFingerprint: previousFingerprint ?? null, reason }, at)
      return { ...(await row(store, expert)), previousFingerprint: previousFingerprint ?? null }
    },
    'keys.replaceExpertKey': async ({ expertId, publicKey, reason }) => {
      const at = now()
      const { expert, previousFingerprint, removedLocalKey } = await replaceExpertPublicKey(store, { expertId, publicKey, reason, at })
      await auditExpertKeyEvent(store, expertId, 'key.replace', '秘书处', { fingerprint: expert.fingerprint, previousFingerprint, reason, ...(removedLocalKey && { removedLocalKey }) }, at)
      return { ...(await row(store, expert)), previousFingerprint }
    },
    'keys.setSignatureImage': async (input) => {
      const at = now()
      const bytes = 'dataUrl' in input ? dataUrlBytes(input.dataUrl) : await uploadedImage(uploads, input.uploadId)
      const { expert, ref } = await setSignatureImage(store, { expertId: input.expertId, bytes, at })
      await auditExpertKeyEvent(store, input.expertId, 'signature.setImage', await actorOf(store, expert), { sha256: ref.sha256, mime: ref.mime, width: ref.width, height: ref.height }, at)
      return row(store, expert)
    },
    'keys.clearSignatureImage': async ({ expertId }) => {
      const at = now()
      const { expert, removed } = await clearSignatureImage(store, expertId)
      if (removed) await auditExpertKeyEvent(store, expertId, 'signature.clearImage', await actorOf(store, expert), { sha256: removed.sha256 }, at)
      return { ...(await row(store, expert)), cleared: removed !== undefined }
    },
    'keys.signatureImage': async ({ expertId }) => {
      const expert = (await store.workspaceShard()).data.experts.find((e) => e.id === expertId)
      if (!expert) throw new WorkbenchError('NOT_FOUND', `专家库中没有专家 ${expertId}。`)
      const ref = expert.signatureImage
      const image = await readSignatureImage(store, expert)
      if (!ref || !image) return null
      return { dataUrl: `data:${ref.mime};base64,${Buffer.from(image.data).toString('base64')}`, width: image.width, height: image.height, setAt: ref.setAt }
    },
    'keys.unlockWorkspace': async ({ passphrase }) => ({ fingerprint: (await unlockWorkspaceForSession(store, passphrase)).fingerprint }),
    'keys.lockWorkspace': async () => {
      lockWorkspaceKey(store)
      return { locked: true as const }
    },
  } satisfies HandlersOf<'keys'>
}
