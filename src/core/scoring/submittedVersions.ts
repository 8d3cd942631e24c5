import { WorkbenchError } from '../domain/errors'
import type { ScoreSheet } from '../domain/workspace'
import type { SubmittedVersion } from '../domain/sheetSignature'

/**
 * Submitted versions of a score sheet (issue 11): 第 1 版 at the first submission, 第 N+1 版 after each
 * reopening with a reason. The autosave counter (`version`) is a different thing: it counts every save.
 */

/** The scoring content of a sheet: what the expert's signature covers besides campaign, version and signer. */
export function signedContent(sheet: ScoreSheet): Record<string, unknown> {
  const { rubricVersion, entries, eligibility, vetoFlags, bonus, comment, dimensionNotes, highlights } = sheet
  return structuredClone({ rubricVersion, entries, eligibility, vetoFlags, bonus, comment, dimensionNotes, highlights })
}

/** Earlier submitted versions, oldest first. */
export function earlierVersions(sheet: ScoreSheet): SubmittedVersion[] {
  return Object.values(sheet.signatures ?? {}).sort((a, b) => a.submittedVersion - b.submittedVersion)
}

/** The number the next submission gets: one more than the versions kept from reopenings. */
export function nextSubmittedVersion(sheet: ScoreSheet): number {
  const earlier = earlierVersions(sheet)
  return (earlier.at(-1)?.submittedVersion ?? 0) + 1
}

/** 第 N 版 of a submitted sheet (also one submitted before signing existed); undefined for a draft. */
export function submittedVersionOf(sheet: ScoreSheet): number | undefined {
  if (sheet.status !== 'submitted') return undefined
  return sheet.signature?.submittedVersion ?? nextSubmittedVersion(sheet)
}

/**
 * Reopens a submitted sheet (after calibration, say): it becomes a draft again; the submitted version
 * is kept with its signature, its signed content and who reopened it, when and why. The autosave
 * counter moves on by one, so a stale copy cannot overwrite the reopening.
 */
export function reopenSheet(sheet: ScoreSheet, opts: { at: Date; by: string; reason: string }): ScoreSheet {
  if (sheet.status !== 'submitted') throw new WorkbenchError('CONFLICT', '该评分表尚未提交，无需退回修改。')
  const reason = opts.reason.trim()
  if (!reason) throw new WorkbenchError('INVALID_INPUT', '退回已提交的评分表必须填写理由。')
  const n = submittedVersionOf(sheet)!
  const kept: SubmittedVersion = {
    submittedVersion: n,
    ...(sheet.submittedAt ? { submittedAt: sheet.submittedAt } : {}),
    ...(sheet.signature ? { signature: sheet.signature } : {}),
    content: signedContent(sheet),
    reopened: { at: opts.at.toISOString(), by: opts.by, reason },
  }
  const { signature: _signed, submittedAt: _at, ...rest } = sheet
  return {
    ...structuredClone(rest),
    status: 'draft',
    signatures: { ...structuredClone(sheet.signatures ?? {}), [String(n)]: kept },
    version: sheet.version + 1,
    updatedAt: opts.at.toISOString(),
  }
}
