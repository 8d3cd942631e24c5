import { z } from 'zod'

/**
 * Public identity of a signer (issue 11): the Ed25519 public key (base64 of its 32 raw bytes) and its
 * short fingerprint. Nothing private lives in these records; the encrypted private keys are files under
 * keys/ (signing/keyStore.ts).
 */
export const PublicKeyTextSchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, '公钥格式不正确（应为 32 字节 Ed25519 公钥的 base64）')
export const FingerprintSchema = z.string().regex(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/)

/** An expert's earlier key, kept so signatures made with it stay verifiable after a re-key. */
export const KeyHistoryEntrySchema = z.object({
  publicKey: PublicKeyTextSchema,
  fingerprint: FingerprintSchema,
  validFrom: z.string(),
  validTo: z.string(),
  /** why it was replaced (required for a re-key; audited) */
  reason: z.string().max(500),
})
export type KeyHistoryEntry = z.infer<typeof KeyHistoryEntrySchema>

/**
 * An expert's handwritten-signature image (issue 11), shown in the visible block of their 专家评分表:
 * its bytes live once in `signatures/<sha256>` (signing/signatureImageStore.ts), checked when set.
 */
export const SignatureImageRefSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mime: z.enum(['image/png', 'image/jpeg']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  setAt: z.string(),
})
export type SignatureImageRef = z.infer<typeof SignatureImageRefSchema>

/** The key fields of an expert in the roster; all optional, so rosters written before issue 11 still load. */
export const expertKeyFields = {
  publicKey: PublicKeyTextSchema.optional(),
  fingerprint: FingerprintSchema.optional(),
  /** when the current key was registered */
  keyValidFrom: z.string().optional(),
  keyHistory: z.array(KeyHistoryEntrySchema).optional(),
  /** the handwritten-signature image, if the expert drew or imported one */
  signatureImage: SignatureImageRefSchema.optional(),
}

/** The workspace's (the secretariat's) own public key, recorded in workspace.json. */
export const WorkspaceKeyInfoSchema = z.object({
  publicKey: PublicKeyTextSchema,
  fingerprint: FingerprintSchema,
  createdAt: z.string(),
})
export type WorkspaceKeyInfo = z.infer<typeof WorkspaceKeyInfoSchema>
