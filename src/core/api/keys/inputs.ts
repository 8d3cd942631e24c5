import { z } from 'zod'
import { ExpertIdSchema } from '../../domain/ids'
import { PublicKeyTextSchema } from '../../domain/expertKey'
import { none, reason, type InputsOf } from '../shared/fields'

/** A passphrase: checked for length by the key code (at least 6 characters); never stored, logged or returned. */
export const passphrase = z.string({ error: '请输入签名口令' }).min(1, '请输入签名口令').max(256, '签名口令不能超过 256 个字符')

export const keysInputs = {
  /** the workspace's key and every expert's fingerprint, key history and whether the private key is here */
  'keys.status': none,
  /** creates the secretariat's key pair (refused when there is one) */
  'keys.createWorkspaceKey': z.object({ passphrase }).strict(),
  /** creates an expert's key pair in this workspace (refused when the expert has a key: re-key instead) */
  'keys.createExpertKey': z.object({ expertId: ExpertIdSchema, passphrase }).strict(),
  /** registers an expert's public key made elsewhere (first use; a different key needs a re-key) */
  'keys.registerExpertKey': z.object({ expertId: ExpertIdSchema, publicKey: PublicKeyTextSchema }).strict(),
  /** replaces an expert's key with a new one made here; the old stays in the history (audited) */
  'keys.rekeyExpert': z.object({ expertId: ExpertIdSchema, passphrase, reason: reason('更换签名密钥') }).strict(),
  /** at the secretariat: replaces an expert's registered public key with one made elsewhere; the old stays in the history (audited) */
  'keys.replaceExpertKey': z.object({ expertId: ExpertIdSchema, publicKey: PublicKeyTextSchema, reason: reason('更换签名密钥') }).strict(),
  /** the expert's handwritten-signature image: a PNG/JPEG upload, or the drawing canvas's data URL (≤ 1 MB; audited) */
  'keys.setSignatureImage': z.union([
    z.object({ expertId: ExpertIdSchema, uploadId: z.string().regex(/^up-[0-9a-f]{16}$/, '上传编号无效') }).strict(),
    z.object({ expertId: ExpertIdSchema, dataUrl: z.string().max(1_500_000, '签名图片不能超过 1 MB') }).strict(),
  ]),
  /** removes the expert's signature image from their record (audited) */
  'keys.clearSignatureImage': z.object({ expertId: ExpertIdSchema }).strict(),
  /** the expert's signature image as a data URL, for a preview; null when none is set */
  'keys.signatureImage': z.object({ expertId: ExpertIdSchema }).strict(),
  /** unlocks the secretariat's key for this session: exported documents are then sealed by the workspace */
  'keys.unlockWorkspace': z.object({ passphrase }).strict(),
  'keys.lockWorkspace': none,
} satisfies InputsOf<'keys'>
