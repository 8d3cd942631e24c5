import type { AuditEntry, AuditVerdict } from '../../domain/audit'

export interface AuditOutputs {
  'audit.list': { entries: AuditEntry[]; chain: AuditVerdict }
  'audit.verify': AuditCheck[]
}

/** One campaign's audit log as audit.verify found it. */
export interface AuditCheck {
  campaignId: string
  /** the campaign's name; null when its campaign.json cannot be read (the log is checked all the same) */
  name: string | null
  verdict: AuditVerdict
  /** the head's count, null for a log from before heads were kept */
  headCount: number | null
}
