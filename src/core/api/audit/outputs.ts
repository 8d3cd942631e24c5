import type { AuditEntry } from '../../domain/audit'

export interface AuditOutputs {
  'audit.list': { entries: AuditEntry[]; chain: { ok: true; count: number } | { ok: false; line: number; reason: string } }
}
