import { z } from 'zod'
import { LEVELS, LevelSchema, type Level, type Rubric } from '../../domain/rubric'
import { WorkbenchError } from '../../domain/errors'
import { zodIssues } from '../../util/zodIssues'
import { diagnosticTemplate } from '../../rubric/templates/diagnostic'

/**
 * 建议库 (adviceLibrary): texts keyed by 二级指标 code, level and report part, from which the consultant's
 * report is drafted (draft.ts). Stored as adviceLibrary.json in the workspace and exchanged as a file of
 * the same shape, so a consultant's library travels (`{ kind: 'adviceLibrary', schemaVersion: 1 }`).
 * In a text, {指标} stands for the 二级指标's name.
 */
export const ADVICE_PARTS = ['strengths', 'problems', 'causes', 'advice'] as const
export type AdvicePart = (typeof ADVICE_PARTS)[number]

export const AdviceEntrySchema = z
  .object({
    id: z.string().trim().min(1).max(40),
    /** the 二级指标 code (1.1, 2.3 …) */
    indicatorCode: z.string().trim().min(1, '指标编号不能为空').max(32),
    level: LevelSchema,
    part: z.enum(ADVICE_PARTS),
    text: z.string().trim().min(1, '建议内容不能为空').max(2000, '建议内容不能超过 2000 字'),
  })
  .strict()
export type AdviceEntry = z.infer<typeof AdviceEntrySchema>

export const AdviceLibrarySchema = z
  .object({
    kind: z.literal('adviceLibrary'),
    schemaVersion: z.literal(1),
    name: z.string().trim().max(80).default('建议库'),
    /**
     * Counts the saves of the workspace's library (advice.save / advice.import add 1), so a save from a
     * window that loaded an older one is refused (STALE_VERSION) instead of overwriting it. Optional in
     * the file: libraries saved before it, and every exported file, read as version 0.
     */
    version: z.number().int().nonnegative().default(0),
    entries: z.array(AdviceEntrySchema).max(5000, '建议库最多 5000 条'),
  })
  .strict()
export type AdviceLibrary = z.infer<typeof AdviceLibrarySchema>

/** Largest library file accepted on import: 2 MB (5,000 entries of 2,000 characters would be 30 MB; real ones are far smaller). */
export const MAX_LIBRARY_BYTES = 2 * 1024 * 1024
/** JSON nesting a library needs is 4; anything deeper is not one. */
const MAX_DEPTH = 8

function depthOf(text: string): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
    } else if (ch === '"') inString = true
    else if (ch === '{' || ch === '[') max = Math.max(max, ++depth)
    else if (ch === '}' || ch === ']') depth--
  }
  return max
}

/**
 * A library file from outside (docs/design/hostile-inputs.md "JSON from files"): size and depth caps
 * before parsing, JSON.parse, then the strict schema (a `__proto__` or any unknown key is refused),
 * duplicate ids refused. Throws IMPORT_REFUSED naming the file and every problem.
 */
export function parseAdviceLibrary(bytes: Uint8Array, fileName: string): AdviceLibrary {
  const refuse = (why: string, issues?: { path: string; message: string }[]) =>
    new WorkbenchError('IMPORT_REFUSED', `建议库文件「${fileName}」无法导入：${why}。当前建议库未被改动。`, { issues })
  if (bytes.byteLength > MAX_LIBRARY_BYTES) throw refuse(`文件过大（${(bytes.byteLength / 1048576).toFixed(1)} MB，上限 2 MB）`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw refuse('不是 UTF-8 编码的文本文件')
  }
  if (depthOf(text) > MAX_DEPTH) throw refuse('JSON 嵌套层数过多，不是建议库文件')
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw refuse('不是有效的 JSON 文件')
  }
  if (typeof raw === 'object' && raw !== null && (raw as { kind?: unknown }).kind !== 'adviceLibrary') {
    throw refuse('文件类型不对（应为工作台导出的建议库文件）')
  }
  const parsed = AdviceLibrarySchema.safeParse(raw)
  if (!parsed.success) {
    const issues = zodIssues(parsed.error)
    throw refuse(issues.slice(0, 3).map((i) => `${i.path} ${i.message}`).join('；'), issues)
  }
  const seen = new Set<string>()
  for (const e of parsed.data.entries) {
    if (seen.has(e.id)) throw refuse(`条目编号 ${e.id} 重复`)
    seen.add(e.id)
  }
  return parsed.data
}

/** The library as a file to pass on: without the workspace's save counter, which means nothing elsewhere. */
export function serializeAdviceLibrary(lib: AdviceLibrary): string {
  const file = { kind: lib.kind, schemaVersion: lib.schemaVersion, name: lib.name, entries: lib.entries }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** The texts of one key, in library order, with {指标} filled in. */
export function adviceFor(lib: AdviceLibrary, indicatorCode: string, indicatorName: string, level: Level, part: AdvicePart): string[] {
  return lib.entries
    .filter((e) => e.indicatorCode === indicatorCode && e.level === level && e.part === part)
    .map((e) => e.text.replaceAll('{指标}', indicatorName))
}

/**
 * The starter library: for every 二级指标 of a diagnostic rubric, texts drawn from its own level
 * descriptors — what A looks like is the achievement of an A and the target of a C or D. The
 * consultant edits and extends it in the app.
 */
export function starterAdviceLibrary(rubric: Pick<Rubric, 'dimensions'> = diagnosticTemplate): AdviceLibrary {
  const entries: AdviceEntry[] = []
  for (const d of rubric.dimensions) {
    for (const ind of d.indicators) {
      const desc = (l: Level) => (ind.descriptors[l] ?? '').replace(/。$/, '')
      const add = (level: Level, part: AdvicePart, text: string) =>
        entries.push({ id: `${ind.code}-${level}-${part}`, indicatorCode: ind.code, level, part, text })
      for (const level of LEVELS) {
        if (!desc(level)) continue
        if (level === 'A' || level === 'B') add(level, 'strengths', `{指标}：${desc(level)}。`)
        if (level === 'B' && desc('A')) add(level, 'advice', `{指标}：对照“${desc('A')}”的要求查找差距，巩固提升。`)
        if (level === 'C' || level === 'D') add(level, 'problems', `{指标}：${desc(level)}。`)
      }
      add('C', 'causes', '{指标}方面的制度保障、经费投入或校企协同不足，相关工作停留在基本达标层面。')
      add('D', 'causes', '{指标}未纳入专业建设重点工作，缺少制度、经费和人员保障。')
      if (desc('A')) add('C', 'advice', `{指标}：对照“${desc('A')}”制定专项提升计划，明确责任部门和完成时限。`)
      if (desc('B')) add('D', 'advice', `{指标}：列为必须整改事项，一年内达到“${desc('B')}”的要求。`)
    }
  }
  return { kind: 'adviceLibrary', schemaVersion: 1, name: '建议库（初始）', version: 0, entries }
}
