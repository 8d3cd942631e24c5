import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema, SubmissionIdSchema } from '../../domain/ids'
import type { MethodsOf, Namespace } from '../methodNames'

/** Input building blocks several namespaces share. */

/** A method without input. */
export const none = z.object({}).strict()

/** Why something is removed or archived: required, kept in the audit log. */
export const reason = (what: string) => z.string().trim().min(1, `${what}必须填写理由`).max(500, '理由不能超过 500 个字')

/** A required one-line name: trimmed, not empty, at most `max` characters. */
export const name = (label: string, max: number) =>
  z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`)

/** The key of one score sheet: the campaign, the expert and the submission. */
export const sheetKey = {
  campaignId: CampaignIdSchema,
  expertId: ExpertIdSchema,
  submissionId: SubmissionIdSchema,
}

/**
 * A file the user gave: uploaded in chunks (renderer, bridge, main's file dialog) or a local path,
 * which dispatch() accepts only from a trusted caller (the CLI); see dispatch.ts `CallContext`.
 */
export const fileSource = z.union([
  z.object({ uploadId: z.string().regex(/^up-[0-9a-f]{16}$/) }).strict(),
  z.object({ path: z.string().min(1).max(4096) }).strict(),
])

/** What a namespace's inputs.ts exports: one zod schema for each of its methods, and no other. */
export type InputsOf<N extends Namespace> = Record<MethodsOf<N>, z.ZodType>

/** Whether parsed input names a local file by path (`source: { path }`): only trusted callers may. */
export function namesLocalPath(input: unknown): boolean {
  const source = (input as { source?: unknown } | null)?.source
  return typeof source === 'object' && source !== null && 'path' in source
}
