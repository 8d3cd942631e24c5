import type { DocumentVerdict, LookupResult } from '../../../../../core/api/documents/outputs'
import type { PickedFile } from '../../../api'

/** 验证文书 and the experts' signing identity (issue 11): the last verdict and lookup, key and signature-image actions. */
export interface SigningState {
  /** the verdict on the file last dropped on 验证文书 */
  verdict: DocumentVerdict | null
  /** the register entry of the code last looked up */
  lookup: LookupResult | null
}

export interface SigningActions {
  /** uploads the file and checks it (documents.verify); the verdict is kept for the screen */
  verifyDocument(file: PickedFile): Promise<DocumentVerdict>
  lookupCode(code: string): Promise<LookupResult>
  clearVerify(): void
  /** replaces the expert's registered key (keys.replaceExpertKey), then reads the roster again */
  replaceExpertKey(expertId: string, publicKey: string, reason: string): Promise<void>
  /** the expert's signature image: a drawing (PNG data URL) or a picked PNG/JPEG file */
  setSignatureImage(expertId: string, image: { dataUrl: string } | { file: PickedFile }): Promise<void>
  clearSignatureImage(expertId: string): Promise<void>
  /** the current image as a data URL (null: none) */
  signatureImage(expertId: string): Promise<string | null>
}

export type SigningSlice = SigningState & SigningActions

export const initialSigningState: SigningState = { verdict: null, lookup: null }
