import { WorkbenchError } from '../../domain/errors'
import type { SubmissionId } from '../../domain/ids'
import type { Campaign, Material } from '../../domain/workspace'
import type { PlannedFile } from '../../intake/materials'

/** Keeps the files an import could not match, so the secretary can attach them by hand (same hash and path once). */
export function keepUnmatched(campaign: Campaign, files: readonly PlannedFile[], source: string, at: string): void {
  for (const f of files) {
    if (campaign.unmatchedMaterials.some((m) => m.sha256 === f.sha256 && m.path === f.path)) continue
    campaign.unmatchedMaterials.push({ sha256: f.sha256, name: f.name, path: f.path, size: f.size, mime: f.mime, addedAt: at, source })
  }
}

/**
 * Moves an unmatched file to a submission's materials. Refused (nothing changed) when the submission
 * or the file is unknown; a file the submission already holds under the same name is only removed
 * from the unmatched list.
 */
export function attachUnmatched(campaign: Campaign, submissionId: SubmissionId, sha256: string, path: string, at: string): Material {
  const i = campaign.unmatchedMaterials.findIndex((m) => m.sha256 === sha256 && m.path === path)
  if (i < 0) throw new WorkbenchError('NOT_FOUND', `未匹配的材料中没有「${path}」，可能已被关联；请刷新后重试。`)
  const submission = campaign.submissions.find((s) => s.id === submissionId)
  if (!submission) throw new WorkbenchError('NOT_FOUND', `评审活动「${campaign.name}」中没有所选的申报，可能已被删除；请刷新后重试。`)
  const u = campaign.unmatchedMaterials[i]!
  const material: Material = { sha256: u.sha256, name: u.name, size: u.size, mime: u.mime, addedAt: at }
  if (!submission.materials.some((m) => m.sha256 === u.sha256 && m.name === u.name)) submission.materials.push(material)
  campaign.unmatchedMaterials.splice(i, 1)
  return material
}

