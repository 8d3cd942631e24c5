import type { ExpertId } from '../domain/ids'
import { submissionLabel } from '../domain/submissionLabel'
import type { Campaign, Expert } from '../domain/workspace'
import { isAssigned } from '../scoring/progress'

export interface ReturnLine {
  expertId: string
  name: string
  fingerprint: string | null
  assigned: number
  returned: number
  missing: string[]
  lastIssued: { sequence: number; issuedAt: string; expiresAt: string } | null
  lastReceived: { sequence: number; issuedAt: string; receivedAt: string; sheets: number; applied: number } | null
}

/**
 * 回收情况 (issue 11), pure: per expert of the campaign, the submissions they judge, how many have a
 * submitted sheet here, which are still missing, and the latest package sent and received with times.
 */
export function returnStatus(campaign: Campaign, experts: readonly Expert[], isSubmitted: (expertId: ExpertId, submissionId: string) => boolean): ReturnLine[] {
  return campaign.expertIds.map((id) => {
    const e = experts.find((x) => x.id === id)
    const subs = campaign.submissions.filter((s) => isAssigned(campaign, id, s.id))
    const missing = subs.filter((s) => !isSubmitted(id, s.id))
    const issued = (campaign.packages?.issued ?? []).filter((p) => p.expertId === id).at(-1)
    const received = (campaign.packages?.received ?? []).filter((p) => p.expertId === id).at(-1)
    return {
      expertId: id,
      name: e?.name ?? id,
      fingerprint: e?.fingerprint ?? null,
      assigned: subs.length,
      returned: subs.length - missing.length,
      missing: missing.map((s) => submissionLabel(s)),
      lastIssued: issued ? { sequence: issued.sequence, issuedAt: issued.issuedAt, expiresAt: issued.expiresAt } : null,
      lastReceived: received
        ? { sequence: received.sequence, issuedAt: received.issuedAt, receivedAt: received.receivedAt, sheets: received.sheets.length, applied: received.sheets.filter((s) => s.applied).length }
        : null,
    }
  })
}
