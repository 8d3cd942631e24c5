import { z } from 'zod'
import { RubricSchema, type Rubric } from '../../domain/rubric'
import { validateRubric } from '../validate'
import { rubricSchemaMessage, schemaProblems, type RubricProblem } from '../problems'

/** Versioned envelope of an exported rubric (docs/design/style.md §10). */
export const RUBRIC_FILE_KIND = 'workbench-rubric'
export const RUBRIC_FILE_VERSION = 1
const MAX_BYTES = 5 * 1024 * 1024
const MAX_DEPTH = 32

const EnvelopeSchema = z.object({
  kind: z.literal(RUBRIC_FILE_KIND),
  schemaVersion: z.literal(RUBRIC_FILE_VERSION),
  exportedAt: z.string(),
  rubric: RubricSchema,
})

export type JsonFileProblemCode = 'FILE_TOO_LARGE' | 'NOT_JSON' | 'TOO_DEEP' | 'NOT_RUBRIC_FILE' | 'NEWER_VERSION'

/**
 * A problem of an exported rubric file: about the file (path [] or the envelope field), the
 * envelope or rubric schema (code SCHEMA), or validateRubric's (`where` naming the item). Paths
 * start at the envelope: ['rubric', 'dimensions', 0, 'points'].
 */
export type JsonProblem = Omit<RubricProblem, 'code'> & { code: RubricProblem['code'] | JsonFileProblemCode }

const fileProblem = (code: JsonFileProblemCode, path: string[], message: string, params: JsonProblem['params'] = {}): JsonProblem => ({
  code,
  path,
  params,
  message,
  where: path[0] ?? '(文件)',
})

export function rubricToJson(rubric: Rubric, now = new Date()): string {
  return JSON.stringify({ kind: RUBRIC_FILE_KIND, schemaVersion: RUBRIC_FILE_VERSION, exportedAt: now.toISOString(), rubric }, null, 2)
}

function depth(v: unknown, d = 0): number {
  if (d > MAX_DEPTH) return d
  if (v && typeof v === 'object') {
    let m = d
    for (const x of Object.values(v)) m = Math.max(m, depth(x, d + 1))
    return m
  }
  return d
}

/**
 * Reads an exported rubric: size and depth caps, JSON.parse (whose `__proto__` keys stay own data
 * properties), the envelope and the rubric through zod, then validateRubric. Any problem → nothing.
 */
export function rubricFromJson(text: string): { ok: true; rubric: Rubric } | { ok: false; problems: JsonProblem[] } {
  if (text.length > MAX_BYTES) return { ok: false, problems: [fileProblem('FILE_TOO_LARGE', [], '文件超过 5 MB，不是指标体系文件')] }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    return { ok: false, problems: [fileProblem('NOT_JSON', [], `不是有效的 JSON：${(e as Error).message}`)] }
  }
  if (depth(raw) > MAX_DEPTH) return { ok: false, problems: [fileProblem('TOO_DEEP', [], '嵌套层级过深，不是指标体系文件')] }
  const kind = (raw as { kind?: unknown })?.kind
  if (kind !== RUBRIC_FILE_KIND) {
    return { ok: false, problems: [fileProblem('NOT_RUBRIC_FILE', ['kind'], `不是指标体系文件（kind 应为 ${RUBRIC_FILE_KIND}）`)] }
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion
  if (typeof version === 'number' && version > RUBRIC_FILE_VERSION) {
    const message = `文件由更新版本的工作台导出（格式版本 ${version}），请升级后再导入`
    return { ok: false, problems: [fileProblem('NEWER_VERSION', ['schemaVersion'], message, { version })] }
  }
  const parsed = EnvelopeSchema.safeParse(raw, { error: rubricSchemaMessage })
  if (!parsed.success) {
    return { ok: false, problems: schemaProblems(parsed.error.issues) }
  }
  const problems = validateRubric(parsed.data.rubric)
  if (problems.length) return { ok: false, problems: problems.map((p) => ({ ...p, path: ['rubric', ...p.path] })) }
  return { ok: true, rubric: parsed.data.rubric }
}
