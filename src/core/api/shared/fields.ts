import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema, SubmissionIdSchema } from '../../domain/ids'
import type { MethodsOf, Namespace } from '../methodNames'

/** Input building blocks several namespaces share. */

/** A method without input. */
export const none = z.object({}).strict()

/** C0 control characters (NUL, BEL, ESC…); a multi-line field keeps \t \n \r */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_ONE_LINE = /[\u0000-\u001F]/
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/
/** half of a UTF-16 pair without its other half: not a character, cannot be written to a document */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Every free text a person types (names, schools, comments, reasons…), checked at the door: refuses
 * control characters (a one-line field also inner tabs and line breaks; its ends are trimmed anyway)
 * and lone surrogates, naming the field in the message. Chain .trim()/.min()/.max() after it.
 */
export const text = (label: string, opts: { multiline?: boolean } = {}) =>
  z.string({ error: (iss) => (iss.input === undefined ? `请填写${label}` : `${label}必须是文字`) }).superRefine((s, ctx) => {
    const control = opts.multiline ? CONTROL_MULTI_LINE : CONTROL_ONE_LINE
    if (control.test(opts.multiline ? s : s.trim())) {
      ctx.addIssue({ code: 'custom', message: `${label}含有不可见的控制字符，请删除后重试` })
    } else if (LONE_SURROGATE.test(s)) {
      ctx.addIssue({ code: 'custom', message: `${label}含有无法识别的残缺字符（常见于复制时截断的表情或生僻字），请删除后重试` })
    }
  })

/** Why something is removed or archived: required, kept in the audit log. */
export const reason = (what: string) => z.string().trim().min(1, `${what}必须填写理由`).max(500, '理由不能超过 500 个字')

/** A required one-line name: trimmed, not empty, at most `max` characters. */
export const name = (label: string, max: number) =>
  text(label).trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`)

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

/** Whether parsed input names a local file by path (`source: { path }`, or an export's `outDir`): only trusted callers may. */
export function namesLocalPath(input: unknown): boolean {
  const source = (input as { source?: unknown } | null)?.source
  if (typeof (input as { outDir?: unknown } | null)?.outDir === 'string') return true
  return typeof source === 'object' && source !== null && 'path' in source
}
