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
  /** sha256 of this entry without `hash` */
  hash: string
}

/** The verdict of checking a log's chain and head (storage/auditLog.ts verify()). */
export type AuditVerdict =
  | { ok: true; count: number }
  | { ok: false; line: number; reason: string; truncated?: true }
