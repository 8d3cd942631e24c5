import { z } from 'zod'

/** One line of a campaign's hash-chained audit log (audit.jsonl). */
export interface AuditEntry {
  seq: number
  at: string
  /** e.g. 'sheet.submit', 'rubric.version', 'assignment.draw' */
  action: string
  /** who did it, as the door knows it (expert id, 秘书处) */
  actor: string
  data: Record<string, unknown>
  /** sha256 of the previous line ('' for the first) */
  prev: string
  /**
   * the id the entry carried in its change's outbox (storage/auditOutbox.ts); absent on entries
   * appended without one (and on every entry written before outboxes existed)
   */
  id?: string
  /**
   * true when the entry was appended after the fact: its change reached the disk but the append
   * did not (a crash, a full disk), and the next use of the log appended it from the outbox
   */
  recovered?: true
  /** sha256 of this entry without `hash` */
  hash: string
}

/** The verdict of checking a log's chain and head (storage/auditLog.ts verify()). */
export type AuditVerdict =
  | { ok: true; count: number }
  | { ok: false; line: number; reason: string; truncated?: true }

/**
 * An audit entry written in the same durable write as its change, before it is appended to the log
 * (storage/auditOutbox.ts): stored in campaign.json and a sheets file (`auditOutbox`) and on a sheets
 * journal line (`a`).
 */
export const PendingAuditSchema = z.object({
  id: z.string().min(1).max(64),
  action: z.string().min(1),
  actor: z.string(),
  data: z.record(z.string(), z.unknown()),
  at: z.string(),
  /** the campaign whose log takes the entry, for a change of workspace.json (a campaign's own files need none) */
  campaignId: z.string().optional(),
})
export type PendingAudit = z.infer<typeof PendingAuditSchema>

/** A change's audit entry as a handler states it (the outbox gives it its id). */
export interface AuditIntent {
  action: string
  actor: string
  data: Record<string, unknown>
  at: Date
  /** the campaign whose log takes the entry: required for a change of workspace.json, ignored elsewhere */
  campaignId?: string
}
