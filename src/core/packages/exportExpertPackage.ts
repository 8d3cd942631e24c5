import { WorkbenchError } from '../domain/errors'
import type { CampaignId, ExpertId } from '../domain/ids'
import { EMPTY_PACKAGE_LOG, nextIssuedSequence } from '../domain/packageLog'
import { AttachmentStore } from '../intake/attachments'
import type { UnlockedKey } from '../signing/keys'
import type { WorkspaceStore } from '../storage/workspaceStore'
import { buildExpertPackageContent } from './expertPackage'
import { PACKAGE_SCHEMA_VERSION } from './manifest'
import { writePackage, type WritePackageOptions, type WrittenPackage } from './writePackage'
import { serialQueue } from '../util/serialQueue'

export interface ExportExpertPackageInput {
  campaignId: CampaignId
  expertId: ExpertId
  /** the secretariat's unlocked key (signing/keyStore.ts unlockWorkspaceKey) */
  key: UnlockedKey
  /** where to write the .wbexp file */
  target: string
  validDays: number
  now: Date
  packageId: string
}

/**
 * Exports one expert's package (issue 11): loads the campaign and the expert, builds the content
 * (expertPackage.ts), streams it with the materials into a signed package, then records it in the
 * campaign's package log (the next sequence for this expert) and the audit log. Refused before writing
 * anything when the expert is not in the campaign or judges nothing in it.
 */
export function exportExpertPackage(store: WorkspaceStore, input: ExportExpertPackageInput, opts: WritePackageOptions = {}): Promise<WrittenPackage> {
  // one package at a time per expert (others go on alongside): two at once would take the same sequence
  return onePerExpert(`${store.root}\u0000${input.expertId}`, () => writeExpertPackage(store, input, opts))
}

const onePerExpert = serialQueue<string>()

async function writeExpertPackage(store: WorkspaceStore, input: ExportExpertPackageInput, opts: WritePackageOptions): Promise<WrittenPackage> {
  const ws = (await store.workspaceShard()).data
  const shard = await store.campaignShard(input.campaignId)
  const campaign = shard.data.campaign
  const expert = ws.experts.find((e) => e.id === input.expertId)
  if (!expert || !campaign.expertIds.includes(input.expertId)) {
    throw new WorkbenchError('NOT_FOUND', `专家 ${input.expertId} 不在评审活动「${campaign.name}」的专家名单中，无法导出评审包。`)
  }
  const content = buildExpertPackageContent(campaign, expert, ws.groups, { name: ws.name, publicKey: input.key.publicKey, fingerprint: input.key.fingerprint })
  if (content.submissions.length === 0) {
    throw new WorkbenchError('CONFLICT', `专家 ${expert.name} 在「${campaign.name}」中没有分配到任何申报，无需导出评审包。`)
  }
  const attachments = new AttachmentStore(store.root)
  const materials = content.submissions.flatMap((s) => s.materials.map((m) => ({ sha256: m.sha256, path: attachments.path(m.sha256), name: m.name })))
  const sequence = nextIssuedSequence(campaign.packages, expert.id)
  const issuedAt = input.now.toISOString()
  const expiresAt = new Date(input.now.getTime() + input.validDays * 86_400_000).toISOString()
  const written = await writePackage(
    input.target,
    {
      manifest: {
        kind: 'expert-package',
        schemaVersion: PACKAGE_SCHEMA_VERSION,
        packageId: input.packageId,
        campaignId: campaign.id,
        campaignName: campaign.name,
        rubricVersion: campaign.rubric.version,
        expertId: expert.id,
        ...(expert.fingerprint ? { expertFingerprint: expert.fingerprint } : {}),
        workspaceFingerprint: input.key.fingerprint,
        issuedAt,
        expiresAt,
        sequence,
      },
      signerRole: 'workspace',
      key: input.key,
      content,
      materials,
    },
    opts,
  )
  await shard.update((d) => {
    const log = d.campaign.packages ?? structuredClone(EMPTY_PACKAGE_LOG)
    log.issued.push({
      expertId: expert.id,
      packageId: input.packageId,
      sequence,
      issuedAt,
      expiresAt,
      submissionIds: content.submissions.map((s) => s.id),
      bytes: written.bytes,
    })
    d.campaign.packages = log
  }, () => ({
    action: 'package.exportExpert',
    actor: '秘书处',
    data: { expertId: expert.id, packageId: input.packageId, sequence, submissions: content.submissions.length, bytes: written.bytes, expiresAt },
    at: input.now,
  }))
  return written
}

