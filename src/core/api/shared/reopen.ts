import { WorkbenchError } from '../../domain/errors'
import type { CampaignId, ExpertId, SubmissionId } from '../../domain/ids'
import type { ScoreSheet } from '../../domain/workspace'
import { reopenSheet, submittedVersionOf } from '../../scoring/submittedVersions'
import type { HandlerDeps } from './deps'

/**
 * The one reopen mechanism (issue 11; shared with calibration revisions): a submitted sheet becomes a
 * draft again with a reason, its submitted version kept with its signature; audited as `sheet.reopen`.
 * The next submit signs 第 N+1 版. Refused (writing nothing) when the sheet is not submitted or the
 * reason is empty. `by` names who reopened it in the record and the audit log (e.g. '秘书处', '校准会').
 * A calibration revision: reopenStoredSheet(deps, key, { reason, by: '校准会', apply }) and then, with the
 * expert's passphrase, signAndSubmit (shared/signSubmit.ts) — or leave the draft for the expert to sign.
 */
export async function reopenStoredSheet(
  { store, now }: Pick<HandlerDeps, 'store' | 'now'>,
  key: { campaignId: CampaignId; expertId: ExpertId; submissionId: SubmissionId },
  opts: {
    reason: string
    by: string
    audit?: Record<string, unknown>
    /** changes made in the same write (e.g. a calibration revision's new scores); the result stays a draft to be signed */
    apply?: (draft: ScoreSheet) => void
  },
): Promise<ScoreSheet> {
  const shard = await store.sheetsShard(key.campaignId, key.expertId)
  for (let attempt = 0; ; attempt++) {
    const saved = shard.data.sheets[key.submissionId] as ScoreSheet | undefined
    if (!saved) throw new WorkbenchError('NOT_FOUND', '该专家尚未对这份申报评分，没有可退回的评分表。')
    const at = now()
    const next = reopenSheet(saved, { at, by: opts.by, reason: opts.reason })
    opts.apply?.(next)
    const audit = {
      action: 'sheet.reopen',
      actor: opts.by,
      data: {
        submissionId: key.submissionId,
        expertId: key.expertId,
        submittedVersion: submittedVersionOf(saved) ?? null,
        fingerprint: saved.signature?.fingerprint ?? null,
        reason: opts.reason.trim(),
        ...opts.audit,
      },
      at,
    }
    try {
      // the reopened sheet and its audit entry in one journal line (storage/auditOutbox.ts)
      return (await shard.put(key.submissionId, next, saved.version, audit)) as ScoreSheet
    } catch (e) {
      if (!(attempt < 100 && e instanceof WorkbenchError && e.code === 'STALE_VERSION')) throw e
    }
  }
}
