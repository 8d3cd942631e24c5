import { z } from 'zod'
import { WorkbenchError } from '../domain/errors'
import { PledgeSchema, ScoreSheetSchema, type ScoreSheet } from '../domain/workspace'
import { SheetSignatureSchema, type SheetSignature } from '../signing/sheetSignature'
import type { UnlockedKey } from '../signing/keys'
import type { WorkspaceStore } from '../storage/workspaceStore'
import { PACKAGE_SCHEMA_VERSION } from './manifest'
import { readSignatureImage } from '../signing/signatureImageStore'
import { writePackage, type WritePackageOptions, type WrittenPackage } from './writePackage'
import { serialQueue } from '../util/serialQueue'

/**
 * What a score package carries in content.json (issue 11): the expert's submitted, signed sheets (each
 * with its signature, which names its 第 N 版), the 承诺书 the expert accepted in their workspace, and the
 * expert's public key (the secretariat registers it on first use, after the secretary confirms the
 * fingerprint). The manifest adds the sequence number and the hash of the expert workspace's latest
 * audit entry, and is signed with the expert's key.
 */
export const ScorePackageSheetSchema = z.object({ sheet: ScoreSheetSchema, signature: SheetSignatureSchema })
export type ScorePackageSheet = z.infer<typeof ScorePackageSheetSchema>

export const ScorePackageContentSchema = z.object({
  kind: z.literal('score-package-content'),
  campaignId: z.string().max(64),
  expertId: z.string().max(64),
  /** the expert package this workspace was made from */
  fromPackageId: z.string().max(64),
  pledge: PledgeSchema.optional(),
  sheets: z.array(ScorePackageSheetSchema).max(5000),
  /** the expert's handwritten-signature image, drawn or imported in their workspace (checked again on import) */
  signatureImage: z.object({ mime: z.enum(['image/png', 'image/jpeg']), base64: z.string().max(1_500_000) }).strict().optional(),
})
export type ScorePackageContent = z.infer<typeof ScorePackageContentSchema>

/** A sheet's signature (signing stores it on the sheet when it is submitted). */
export function signatureOf(sheet: ScoreSheet): SheetSignature | undefined {
  return sheet.status === 'submitted' ? sheet.signature : undefined
}

/**
 * Writes the expert workspace's score package: every submitted, signed sheet of its expert, signed
 * with the expert's key, with the next sequence number; then counts it in workspace.json and the audit
 * log. Refused in a workspace that is not an expert workspace, and when no sheet is submitted yet.
 */
export function exportScorePackage(
  store: WorkspaceStore,
  input: { key: UnlockedKey; target: string; now: Date; packageId: string },
  opts: WritePackageOptions = {},
): Promise<WrittenPackage & { sheets: number }> {
  // one export at a time: a double click must not give two packages the same sequence number
  return oneExportAtATime(store, () => writeScorePackage(store, input, opts))
}

const oneExportAtATime = serialQueue<WorkspaceStore>()

async function writeScorePackage(
  store: WorkspaceStore,
  input: { key: UnlockedKey; target: string; now: Date; packageId: string },
  opts: WritePackageOptions,
): Promise<WrittenPackage & { sheets: number }> {
  const wsShard = await store.workspaceShard()
  const info = wsShard.data.expertWorkspace
  if (!info) throw new WorkbenchError('CONFLICT', '本工作区不是专家工作区，不能导出评分包。评分包由专家在打开评审包后建立的工作区中导出。')
  const expert = wsShard.data.experts.find((e) => e.id === info.expertId)
  if (!expert?.publicKey || expert.publicKey !== input.key.publicKey) {
    throw new WorkbenchError('KEY_LOCKED', '签名密钥与本专家工作区登记的不一致，无法导出评分包。')
  }
  const campaign = (await store.campaignShard(info.campaignId)).data.campaign
  const sheets = (await store.sheetsShard(info.campaignId, info.expertId)).data.sheets
  const signed: ScorePackageSheet[] = []
  for (const s of Object.values(sheets)) {
    const sig = signatureOf(s as ScoreSheet)
    if (sig) signed.push({ sheet: structuredClone(s) as ScoreSheet, signature: sig })
  }
  if (signed.length === 0) throw new WorkbenchError('CONFLICT', '还没有已提交（已签名）的评分表，无需导出评分包。请先提交评分表。')
  signed.sort((a, b) => a.sheet.submissionId.localeCompare(b.sheet.submissionId))
  const sequence = info.scoreSequence + 1
  const audit = await store.audit(info.campaignId).read()
  const content: ScorePackageContent = {
    kind: 'score-package-content',
    campaignId: info.campaignId,
    expertId: info.expertId,
    fromPackageId: info.packageId,
    ...(campaign.pledges[info.expertId] ? { pledge: campaign.pledges[info.expertId] } : {}),
    sheets: signed,
  }
  const image = await readSignatureImage(store, expert)
  if (image && expert.signatureImage) content.signatureImage = { mime: expert.signatureImage.mime, base64: Buffer.from(image.data).toString('base64') }
  const written = await writePackage(
    input.target,
    {
      manifest: {
        kind: 'score-package',
        schemaVersion: PACKAGE_SCHEMA_VERSION,
        packageId: input.packageId,
        campaignId: info.campaignId,
        campaignName: campaign.name,
        rubricVersion: campaign.rubric.version,
        expertId: info.expertId,
        expertFingerprint: input.key.fingerprint,
        workspaceFingerprint: info.secretariat.fingerprint,
        issuedAt: input.now.toISOString(),
        expiresAt: info.expiresAt,
        sequence,
        auditHead: audit.at(-1)?.hash ?? '',
      },
      signerRole: 'expert',
      key: input.key,
      content,
    },
    opts,
  )
  await wsShard.update((d) => {
    if (d.expertWorkspace) d.expertWorkspace.scoreSequence = sequence
  }, () => ({ campaignId: info.campaignId, action: 'package.exportScores', actor: expert.name, data: { packageId: input.packageId, sequence, sheets: signed.length }, at: input.now }))
  return { ...written, sheets: signed.length }
}
