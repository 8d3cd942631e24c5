import { z } from 'zod'
import { RubricSchema, type Rubric } from '../../domain/rubric'
import { validateRubric } from '../validate'

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

export interface JsonProblem {
  path: string
  message: string
}

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
  if (text.length > MAX_BYTES) return { ok: false, problems: [{ path: '(文件)', message: '文件超过 5 MB，不是指标体系文件' }] }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    return { ok: false, problems: [{ path: '(文件)', message: `不是有效的 JSON：${(e as Error).message}` }] }
  }
  if (depth(raw) > MAX_DEPTH) return { ok: false, problems: [{ path: '(文件)', message: '嵌套层级过深，不是指标体系文件' }] }
  const kind = (raw as { kind?: unknown })?.kind
  if (kind !== RUBRIC_FILE_KIND) {
    return { ok: false, problems: [{ path: 'kind', message: `不是指标体系文件（kind 应为 ${RUBRIC_FILE_KIND}）` }] }
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion
  if (typeof version === 'number' && version > RUBRIC_FILE_VERSION) {
    return { ok: false, problems: [{ path: 'schemaVersion', message: `文件由更新版本的工作台导出（格式版本 ${version}），请升级后再导入` }] }
  }
  const parsed = EnvelopeSchema.safeParse(raw)
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(整体)', message: i.message })) }
  }
  const problems = validateRubric(parsed.data.rubric)
  if (problems.length) return { ok: false, problems: problems.map((p) => ({ path: p.where, message: p.message })) }
  return { ok: true, rubric: parsed.data.rubric }
}
