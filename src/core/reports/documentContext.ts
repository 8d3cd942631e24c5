import type { ReportFonts } from '../domain/reportFonts'
import type { SignatureImageData } from '../signing/signatureImageStore'
import type { UnlockedKey } from '../signing/keys'
import type { DocumentSignatureFile } from '../signing/documentSignature'
import type { Campaign, CollaborationGroup, Expert, ScoreSheet } from '../domain/workspace'
import type { ResultsSummary } from '../api/results/outputs'
import type { CalibrationSnapshot } from '../domain/calibration'
import type { DiagnosisFile } from './diagnosis/diagnosisFile'
import type { AdviceLibrary } from './diagnosis/adviceLibrary'
import type { DiagnosisBaseline, DiagnosisPeer } from './diagnosis/diagnosisView'

/**
 * Everything the documents of one campaign are built from, loaded once by the API (reports/context.ts
 * there) and handed to the pure builders of documentKinds.ts. Plain data: a kind added by another
 * part (汇总表, 校准会纪要) adds the field it needs here, optional, and fills it in the loader.
 */
export interface CampaignDocContext {
  campaign: Campaign
  /** the campaign's experts (placeholders for removed ones) */
  experts: Expert[]
  groups: CollaborationGroup[]
  fonts: ReportFonts
  /** sheets per expert id, per submission id */
  sheets: ReadonlyMap<string, Readonly<Record<string, ScoreSheet>>>
  /** results.summary of the campaign: the one home of aggregation, vetoes and grades */
  results: ResultsSummary
  /** the consultant's diagnosis reports per submission id (diagnostic campaigns) */
  diagnoses: ReadonlyMap<string, DiagnosisFile>
  adviceLibrary: AdviceLibrary
  /** every diagnosed program of the workspace's diagnostic campaigns: the alliance average and the best school */
  peers: DiagnosisPeer[]
  /** 复诊: the earlier diagnosis each submission is compared with, per submission id */
  baselines: ReadonlyMap<string, DiagnosisBaseline>
  /** the workspace's name: the issuer signing campaign-wide lists (汇总表/拟表彰名单); absent: 专家委员会 */
  workspaceName?: string
  /** the day the batch was made, for documents dated by their export (ISO) */
  exportedAt: string
  /** 校准会纪要: the statistics after (at the close, or now) and display names; absent before the reveal */
  calibration?: { after: CalibrationSnapshot; names: Record<string, string> }
  /** signing of signed sheets' documents (issue 11); absent: documents are written unsigned */
  signing?: DocumentSigning
}

/** What a signed document needs beyond its data: the unlocked workspace key, the experts' signature images, the register. */
export interface DocumentSigning {
  /** the workspace key unlocked for this session; absent: the document carries the expert's signature only */
  workspaceKey?: UnlockedKey
  /** per expert id: the handwritten-signature image (PNG or JPEG) with its size */
  signatureImages: ReadonlyMap<string, SignatureImageData>
  /** records a sealed document in the workspace's register of issued documents */
  issued: (signature: DocumentSignatureFile, bytes: Uint8Array) => Promise<void>
}

/** The submitted sheets of one submission by the experts of its panel, in panel order. */
export function panelSheets(ctx: CampaignDocContext, submissionId: string): Array<{ expert: Expert; sheet: ScoreSheet }> {
  const row = ctx.results.rows.find((r) => r.submission.id === submissionId)
  if (!row) return []
  return row.experts.flatMap((c) => {
    const sheet = ctx.sheets.get(c.expertId)?.[submissionId]
    const expert = ctx.experts.find((e) => e.id === c.expertId)
    return sheet && expert && sheet.status === 'submitted' ? [{ expert, sheet }] : []
  })
}

/** The latest submission time of a submission's sheets: what its panel documents are dated by. */
export function panelDate(ctx: CampaignDocContext, submissionId: string): string {
  const times = panelSheets(ctx, submissionId).map((p) => p.sheet.submittedAt ?? p.sheet.updatedAt)
  return times.sort().at(-1) ?? ctx.campaign.createdAt
}
