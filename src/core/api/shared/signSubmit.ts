import { WorkbenchError } from '../../domain/errors'
import type { CampaignId, ExpertId, SubmissionId } from '../../domain/ids'
import type { Campaign, ScoreSheet } from '../../domain/workspace'
import { rubricFor } from '../../rubric/versions'
import { sheetResult } from '../../scoring/sheetResult'
import { submitBlocker } from '../../scoring/submitBlocker'
import { nextSubmittedVersion } from '../../scoring/submittedVersions'
import { unlockExpertKey } from '../../signing/keyStore'
import { signSheet } from '../../signing/sheetSignature'
import type { HandlerDeps } from './deps'
import type { AuditIntent } from '../../domain/audit'

type SheetKey = { campaignId: CampaignId; expertId: ExpertId; submissionId: SubmissionId }

/**
 * Submit = sign (issue 11), for sheets.submit and for anything else that submits a sheet (a calibration
 * revision signed on the spot): the passphrase unlocks the expert's key, which signs the stored draft's
 * content, campaign and 第 N 版; the sheet is then locked and the act audited (`sheet.submit`). What
 * needs no passphrase (an incomplete sheet) is refused first; a wrong passphrase or a missing key is
 * refused before anything is written. The caller checked the campaign, the assignment and the 承诺书.
 */
export async function signAndSubmit(
  { store, now }: Pick<HandlerDeps, 'store' | 'now'>,
  campaign: Campaign,
  key: SheetKey,
  passphrase: string,
  empty: () => ScoreSheet,
): Promise<ScoreSheet> {
  const shard = await store.sheetsShard(key.campaignId, key.expertId)
  const blocked = (sheet: ScoreSheet) => {
    const blocker = submitBlocker(rubricFor(campaign, sheet.rubricVersion), sheet, campaign.rubric.version)
    if (blocker) throw new WorkbenchError(blocker.code, blocker.message, blocker.details ? { details: blocker.details } : undefined)
  }
  blocked((shard.data.sheets[key.submissionId] as ScoreSheet | undefined) ?? empty())
  // unlocking is slow on purpose (scrypt); it happens once, outside the write
  const signingKey = await unlockExpertKey(store, key.expertId, passphrase)
  let sheet: ScoreSheet
  for (let attempt = 0; ; attempt++) {
    const current = (shard.data.sheets[key.submissionId] as ScoreSheet | undefined) ?? empty()
    blocked(current)
    const at = now()
    const signature = signSheet(key.campaignId, current, signingKey, nextSubmittedVersion(current), at)
    const next: ScoreSheet = { ...current, status: 'submitted', submittedAt: at.toISOString(), updatedAt: at.toISOString(), version: current.version + 1, signature }
    try {
      // the sheet and its audit entry in one journal line (storage/auditOutbox.ts)
      sheet = (await shard.put(key.submissionId, next, current.version, submitAudit(campaign, key, next, now()))) as ScoreSheet
      break
    } catch (e) {
      if (!(attempt < 100 && e instanceof WorkbenchError && e.code === 'STALE_VERSION')) throw e
    }
  }
  return sheet
}

/** The `sheet.submit` entry of a signed sheet. */
function submitAudit(campaign: Campaign, key: SheetKey, sheet: ScoreSheet, at: Date): AuditIntent {
  const r = sheetResult(rubricFor(campaign, sheet.rubricVersion), sheet)
  return {
    action: 'sheet.submit',
    actor: key.expertId,
    data: {
      submissionId: key.submissionId,
      version: sheet.version,
      rubricVersion: sheet.rubricVersion,
      total: r.total,
      notRated: r.notRated ?? null,
      submittedVersion: sheet.signature?.submittedVersion ?? null,
      fingerprint: sheet.signature?.fingerprint ?? null,
      signature: sheet.signature?.signature ?? null,
    },
    at,
  }
}
