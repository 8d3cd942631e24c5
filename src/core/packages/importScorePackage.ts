import { createHash } from 'node:crypto'
import { canonicalJson } from '../signing/canonicalJson'
import type { ExpertId, SubmissionId } from '../domain/ids'
import { EMPTY_PACKAGE_LOG, type ReceivedPackage } from '../domain/packageLog'
import type { ScoreSheet } from '../domain/workspace'
import { OpenedPackage } from '../intake/packages/readPackage'
import { registerExpertPublicKey } from '../signing/keyStore'
import { sha256Hex } from '../signing/documentSignature'
import { inspectSignatureImage } from '../signing/signatureImage'
import { setSignatureImage } from '../signing/signatureImageStore'
import { packageRefusal } from '../intake/packages/refusal'
import type { WorkspaceStore } from '../storage/workspaceStore'
import { checkScorePackage, type CheckedScorePackage } from './checkScorePackage'
import { signatureOf } from './scorePackage'
import { serialQueue } from '../util/serialQueue'

export interface ImportScorePackageOptions {
  label: string
  now: Date
  /** the fingerprint the secretary confirmed with the expert: needed the first time an expert's key arrives */
  confirmFingerprint?: string
  actor?: string
}

export interface ImportedSheet {
  submissionId: SubmissionId
  submittedVersion: number
  /** false: the workspace already holds this version or a newer one */
  applied: boolean
}

export interface ScorePackageImport {
  /** 'unchanged': this very package was imported before; nothing was written */
  outcome: 'applied' | 'unchanged'
  campaignId: string
  expertId: ExpertId
  expertName: string
  sequence: number
  fingerprint: string
  /** set when the expert's key was registered by this import (first use, confirmed) */
  registeredKey: boolean
  sheets: ImportedSheet[]
}

/**
 * Imports a score package at the secretariat (issue 11). Every check runs before anything is written
 * (checkScorePackage.ts: integrity and signature, addressee, campaign, expert and key, rubric version,
 * expiry, sequence, every sheet's assignment and signature); a refusal leaves the workspace
 * byte-identical. The same package twice changes nothing. Then: a first-use key is registered
 * (audited), each sheet whose 第 N 版 is newer than the one here replaces it (audited), an older or
 * equal one is left alone, the 承诺书 is recorded if missing, and the package goes into the log.
 */
export function importScorePackage(store: WorkspaceStore, path: string, opts: ImportScorePackageOptions): Promise<ScorePackageImport> {
  // one import at a time per workspace: a double click or a second window importing the same package
  // must see the first one's log entry (then 'unchanged'), not pass the same checks and write it twice
  return oneImportAtATime(store, () => importChecked(store, path, opts))
}

const oneImportAtATime = serialQueue<WorkspaceStore>()

async function importChecked(store: WorkspaceStore, path: string, opts: ImportScorePackageOptions): Promise<ScorePackageImport> {
  const pkg = await OpenedPackage.open(path, { label: opts.label, expectKind: 'score-package' })
  // the signed manifest binds every byte of the package: the same manifest is the same package
  const manifestSha256 = createHash('sha256').update(canonicalJson(pkg.manifest)).digest('hex')
  let checked: CheckedScorePackage
  try {
    checked = await checkScorePackage(store, pkg, { ...opts, manifestSha256 })
  } finally {
    await pkg.close()
  }
  const { manifest, content, expert, campaignId, firstUse } = checked
  const base = {
    campaignId,
    expertId: expert.id,
    expertName: expert.name,
    sequence: manifest.sequence,
    fingerprint: manifest.signer.fingerprint,
  }
  if (checked.duplicate) {
    return { ...base, outcome: 'unchanged', registeredKey: false, sheets: checked.duplicate.sheets.map((s) => ({ ...s, applied: false })) }
  }
  const actor = opts.actor ?? '秘书处'
  const audit = store.audit(campaignId)
  // the expert's signature image, checked before anything is written; stored when it is new
  const image = content.signatureImage ? Buffer.from(content.signatureImage.base64, 'base64') : undefined
  if (image) {
    try {
      inspectSignatureImage(image)
    } catch (e) {
      throw packageRefusal('BAD_CONTENT', `${opts.label}中的手写签名图片无效：${(e as Error).message}已拒绝。`)
    }
  }
  if (firstUse) {
    await registerExpertPublicKey(store, { expertId: expert.id, publicKey: manifest.signer.publicKey, at: opts.now })
    await audit.append('key.register', actor, { expertId: expert.id, fingerprint: manifest.signer.fingerprint, via: 'scorePackage', packageId: manifest.packageId }, opts.now)
  }
  const shard = await store.sheetsShard(campaignId as never, expert.id)
  const results: ImportedSheet[] = []
  for (const { sheet, signature } of content.sheets) {
    const current = shard.data.sheets[sheet.submissionId] as ScoreSheet | undefined
    const have = current ? (signatureOf(current)?.submittedVersion ?? 0) : 0
    const applied = signature.submittedVersion > have
    results.push({ submissionId: sheet.submissionId, submittedVersion: signature.submittedVersion, applied })
    if (!applied) continue
    const next = { ...sheet, signature, version: (current?.version ?? 0) + 1 } as ScoreSheet
    // the sheet and its audit entry in one journal line (storage/auditOutbox.ts)
    await shard.put(sheet.submissionId, next, current?.version ?? 0, {
      action: current ? 'package.sheetReplaced' : 'package.sheetAdded',
      actor: expert.name,
      data: {
        submissionId: sheet.submissionId,
        submittedVersion: signature.submittedVersion,
        ...(current ? { previousSubmittedVersion: have, previousStatus: current.status } : {}),
        packageId: manifest.packageId,
      },
      at: opts.now,
    })
  }
  if (image && sha256Hex(image) !== expert.signatureImage?.sha256) {
    const { ref } = await setSignatureImage(store, { expertId: expert.id, bytes: image, at: opts.now })
    await audit.append('signature.setImage', expert.name, { expertId: expert.id, sha256: ref.sha256, mime: ref.mime, width: ref.width, height: ref.height, via: 'scorePackage', packageId: manifest.packageId }, opts.now)
  }
  const received: ReceivedPackage = {
    expertId: expert.id,
    packageId: manifest.packageId,
    sequence: manifest.sequence,
    issuedAt: manifest.issuedAt,
    receivedAt: opts.now.toISOString(),
    manifestSha256,
    auditHead: manifest.auditHead ?? '',
    sheets: results,
  }
  await (await store.campaignShard(campaignId as never)).update((d) => {
    const log = d.campaign.packages ?? structuredClone(EMPTY_PACKAGE_LOG)
    log.received.push(received)
    d.campaign.packages = log
    if (content.pledge && !d.campaign.pledges[expert.id]) d.campaign.pledges[expert.id] = content.pledge
  }, () => ({
    action: 'package.importScores',
    actor,
    data: {
      expertId: expert.id,
      packageId: manifest.packageId,
      sequence: manifest.sequence,
      applied: results.filter((r) => r.applied).length,
      unchanged: results.filter((r) => !r.applied).length,
      auditHead: manifest.auditHead ?? '',
    },
    at: opts.now,
  }))
  return { ...base, outcome: 'applied', registeredKey: firstUse, sheets: results }
}

