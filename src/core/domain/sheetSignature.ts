import { z } from 'zod'
import { FingerprintSchema, PublicKeyTextSchema } from './expertKey'

/**
 * The stored shape of an expert's signature over a submitted sheet (issue 11); made and checked by
 * signing/sheetSignature.ts. Lives in domain so the sheet schema can hold it.
 */
export const SheetSignatureSchema = z
  .object({
    algorithm: z.literal('ed25519'),
    /** 第 N 版: 1 at the first submission, +1 for each reopening with a reason */
    submittedVersion: z.number().int().positive(),
    signedAt: z.string(),
    publicKey: PublicKeyTextSchema,
    fingerprint: FingerprintSchema,
    signature: z.string().max(128),
  })
  .strict()
export type SheetSignature = z.infer<typeof SheetSignatureSchema>

/**
 * An earlier submitted version of a sheet, kept when the sheet was reopened: what was signed (so the
 * signature stays checkable), its signature (absent for a sheet submitted before signing existed),
 * and who reopened it, when and why.
 */
export const SubmittedVersionSchema = z.object({
  submittedVersion: z.number().int().positive(),
  submittedAt: z.string().optional(),
  signature: SheetSignatureSchema.optional(),
  /** the signed content of that version: the scoring fields as they were */
  content: z.record(z.string(), z.unknown()),
  reopened: z.object({ at: z.string(), by: z.string().max(80), reason: z.string().min(1).max(500) }),
})
export type SubmittedVersion = z.infer<typeof SubmittedVersionSchema>
