import type { ScoreSheet } from '../domain/workspace'
import type { UnlockedKey } from '../signing/keys'
import { sheetSigningPayload } from '../signing/sheetSignature'
import { buildDocumentSignature, type DocumentSignatureFile } from '../signing/documentSignature'
import { renderScoreSheetDocx } from './docx/scoreSheetDocx'
import { sealDocx } from './docx/sealDocx'
import type { ScoreSheetReportModel } from './scoreSheetModel'

/**
 * The 专家评分表 of a signed sheet as a signed document (issue 11): the .docx with its visible
 * 平台内签署确认 block, plus the signature part carrying the expert's signature over the sheet and —
 * when the workspace key is unlocked — the workspace's signature over every content part. A sheet
 * submitted before signing gives the plain document. Deterministic: the same sheet and key give the
 * same bytes (Ed25519 signatures are deterministic; times come from the data).
 */
export async function renderSignedScoreSheet(
  model: ScoreSheetReportModel,
  campaignId: string,
  sheet: ScoreSheet,
  workspaceKey: UnlockedKey | undefined,
): Promise<{ bytes: Uint8Array; signature?: DocumentSignatureFile }> {
  const docx = await renderScoreSheetDocx(model)
  const sig = sheet.signature
  if (!sig || !model.signing) return { bytes: docx }
  const document = {
    kind: 'scoreSheet' as const,
    title: model.title,
    campaignId,
    campaignName: model.campaignName,
    submissionId: sheet.submissionId,
    expertId: sheet.expertId,
    expertName: model.signing.expertName,
    submittedVersion: sig.submittedVersion,
    verificationCode: model.signing.verificationCode,
    issuedAt: sig.signedAt,
  }
  const payload = sheetSigningPayload(campaignId, sheet, sig)
  return sealDocx(docx, new Date(model.issuedAt), (parts) => buildDocumentSignature(parts, document, { payload, signature: sig }, workspaceKey))
}
