import type { ErrorCode, ErrorIssue } from '../domain/errors'

/** What crosses every process boundary: never a thrown error (docs/design/style.md §2). */
export type Envelope<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: ErrorCode; message: string; issues?: ErrorIssue[]; details?: Record<string, unknown> } }
