import type { ScoreSheet } from '../domain/workspace'
import { canonicalJson } from './canonicalJson'
import type { UnlockedKey } from './keys'
import { signBytes, verifyBytes } from './signature'
import type { SheetSignature } from '../domain/sheetSignature'

/**
 * Submit = sign (issue 11). The expert signs the sheet's content as stored — what they scored and wrote —
 * bound to the campaign and to the submitted version (第 1 版, 第 2 版 after a revision), never to the
 * autosave counter or the save time, which change without the expert saying anything new.
 */
export { SheetSignatureSchema, type SheetSignature } from '../domain/sheetSignature'

/** What the expert's signature covers: the scoring content, the campaign, the version, the signer and the time. */
export function sheetSigningPayload(
  campaignId: string,
  sheet: ScoreSheet,
  meta: Pick<SheetSignature, 'submittedVersion' | 'signedAt' | 'fingerprint'>,
): string {
  return canonicalJson({
    purpose: 'expert-workbench/score-sheet/v1',
    campaignId,
    submissionId: sheet.submissionId,
    expertId: sheet.expertId,
    rubricVersion: sheet.rubricVersion,
    entries: sheet.entries,
    eligibility: sheet.eligibility,
    vetoFlags: sheet.vetoFlags,
    bonus: sheet.bonus,
    comment: sheet.comment,
    dimensionNotes: sheet.dimensionNotes,
    highlights: sheet.highlights,
    submittedVersion: meta.submittedVersion,
    signedAt: meta.signedAt,
    fingerprint: meta.fingerprint,
  })
}

export function signSheet(campaignId: string, sheet: ScoreSheet, key: UnlockedKey, submittedVersion: number, signedAt: Date): SheetSignature {
  const meta = { submittedVersion, signedAt: signedAt.toISOString(), fingerprint: key.fingerprint }
  const signature = signBytes(key, Buffer.from(sheetSigningPayload(campaignId, sheet, meta), 'utf8'))
  return { algorithm: 'ed25519', ...meta, publicKey: key.publicKey, signature }
}

/** True only when the signature covers exactly this sheet's content, in this campaign, by this public key. */
export function verifySheetSignature(campaignId: string, sheet: ScoreSheet, sig: SheetSignature, expectedPublicKey: string): boolean {
  if (sig.publicKey !== expectedPublicKey) return false
  return verifyBytes(expectedPublicKey, Buffer.from(sheetSigningPayload(campaignId, sheet, sig), 'utf8'), sig.signature)
}
