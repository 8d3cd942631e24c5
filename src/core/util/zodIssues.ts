import type { z } from 'zod'
import type { ErrorIssue } from '../domain/errors'

/** zod issues as `path: message` pairs a user can act on (docs/design/style.md §3). */
export function zodIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((i) => ({
    path: i.path.length ? i.path.map(String).join('.') : '(整体)',
    message: i.message,
  }))
}
