import type { ErrorCode, ErrorIssue } from '../domain/errors'

/** What crosses every process boundary: never a thrown error (docs/design/style.md §2). */
export type Envelope<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: ErrorCode; message: string; issues?: ErrorIssue[]; details?: Record<string, unknown> } }

/** The value of an envelope, or a thrown Error naming code and message (for in-process callers: demo, bench). */
export function unwrap<T>(env: Envelope<T>): T {
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`)
  return env.value
}
