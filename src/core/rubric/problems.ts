/**
 * The problems of a rubric (validateRubric, the schema, the JSON and Excel exchange) and the one
 * function that says in Chinese where a path points: "一级指标 2「人才培养方案与工学一体化」 /
 * 二级指标 2.1「人才培养方案」". The editor and the Excel mapper locate a problem by its path.
 */
import type { z } from 'zod'
import { pathKey, problemPath, type Problem, type ProblemParams, type ProblemPath } from '../domain/problem'

export type RubricProblemCode =
  | 'TOTAL_MISMATCH'
  | 'DIMENSION_MISMATCH'
  | 'EMPTY_DESCRIPTOR'
  | 'COEFFICIENT_RANGE'
  | 'COEFFICIENT_ORDER'
  | 'DUPLICATE_CODE'
  | 'DUPLICATE_LEVEL'
  | 'DUPLICATE_GRADE'
  | 'VETO_WITHOUT_TEXT'
  | 'EMPTY_NAME'
  | 'NO_INDICATORS'
  | 'BAD_POINTS'
  | 'NO_ZERO_BAND'
  | 'BAND_ABOVE_TOTAL'
  | 'BONUS_CAP'
  /** the value does not fit RubricSchema; params carry zod's issue (issue, origin, minimum, …) */
  | 'SCHEMA'

/** A rubric problem with `where`, its path described in Chinese (describeRubricPath). */
export interface RubricProblem extends Problem<RubricProblemCode> {
  where: string
}

type Named = { code?: unknown; name?: unknown }
/** The parts of a rubric a path description reads; a draft that fails the schema is described too. */
export interface DescribableRubric {
  dimensions?: readonly (Named & { indicators?: readonly Named[] })[]
  levels?: readonly { level?: unknown }[]
  gradeBands?: readonly { label?: unknown }[]
  vetoes?: readonly { code?: unknown }[]
  eligibility?: readonly { code?: unknown }[]
  awardLevels?: readonly { label?: unknown }[]
  bonus?: { items?: readonly Named[] } | null
}

export const WHOLE_RUBRIC = '指标体系'

const text = (v: unknown): string => (typeof v === 'string' ? v : '')
/** An item's code, or its 1-based position when the code is still empty. */
const codeOr = (v: unknown, i: number): string => text(v) || String(i + 1)

/**
 * Where a path into a rubric points, in Chinese. Paths into the tree name the 一级指标, 二级指标 and
 * 观测点; list items name the item; a field of the rubric itself (total, name, …) is the 指标体系.
 */
export function describeRubricPath(r: DescribableRubric, path: readonly PropertyKey[]): string {
  const [top, i, field, j, f2, k] = path
  const at = <T>(xs: readonly T[] | undefined, n: unknown): T | undefined => (typeof n === 'number' ? xs?.[n] : undefined)
  switch (top) {
    case 'dimensions': {
      const d = at(r.dimensions, i)
      if (!d || typeof i !== 'number') return WHOLE_RUBRIC
      const parts = [`一级指标 ${codeOr(d.code, i)}「${text(d.name)}」`]
      const ind = field === 'indicators' ? at(d.indicators, j) : undefined
      if (ind && typeof j === 'number') {
        parts.push(`二级指标 ${codeOr(ind.code, j)}「${text(ind.name)}」`)
        if (f2 === 'observationPoints' && typeof k === 'number') parts.push(`观测点 ${k + 1}`)
      }
      return parts.join(' / ')
    }
    case 'levels': {
      const l = at(r.levels, i)
      return l ? `等级 ${text(l.level) || Number(i) + 1}` : '等级'
    }
    case 'gradeBands': {
      const b = at(r.gradeBands, i)
      return b ? `等次 ${text(b.label) || Number(i) + 1}` : '等次划分'
    }
    case 'vetoes': {
      const v = at(r.vetoes, i)
      return v ? `否决项 ${codeOr(v.code, i as number)}` : '否决项'
    }
    case 'eligibility': {
      const e = at(r.eligibility, i)
      return e ? `资格条件 ${codeOr(e.code, i as number)}` : '资格条件'
    }
    case 'awardLevels': {
      const a = at(r.awardLevels, i)
      return a ? `奖项等级 ${text(a.label) || Number(i) + 1}` : '奖项等级'
    }
    case 'bonus': {
      const b = i === 'items' ? at(r.bonus?.items, field) : undefined
      return b ? `加分项 ${codeOr(b.code, field as number)}「${text(b.name)}」` : '加分项'
    }
    default:
      return WHOLE_RUBRIC
  }
}

/** The parameters of a zod issue a program may act on (the editor words schema problems from them). */
function issueParams(issue: z.core.$ZodIssue): ProblemParams {
  const params: ProblemParams = { issue: issue.code }
  for (const key of ['origin', 'expected', 'inclusive', 'exact'] as const) {
    const v = (issue as unknown as Record<string, unknown>)[key]
    if (typeof v === 'string' || typeof v === 'boolean') params[key] = v
  }
  for (const key of ['minimum', 'maximum'] as const) {
    const v = (issue as unknown as Record<string, unknown>)[key]
    if (typeof v === 'number' || typeof v === 'bigint') params[key] = Number(v)
  }
  return params
}

/** Schema issues as rubric problems; `where` is the dotted path (the value may not be a rubric at all). */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], prefix: ProblemPath = []): RubricProblem[] {
  return issues.map((i) => {
    const path = [...prefix, ...problemPath(i.path)]
    return { code: 'SCHEMA', path, params: issueParams(i), message: i.message, where: pathKey(path) }
  })
}

/** Field names in schema problems ("分值应大于 0"), by the last key of the path. */
const FIELD_LABELS: Record<string, string> = {
  code: '编号',
  name: '名称',
  points: '分值',
  text: '说明',
  label: '名称',
  min: '下限',
  coefficient: '系数',
  cap: '上限',
  total: '总分',
  descriptors: '等级描述',
  observationPoints: '观测点',
  indicators: '二级指标',
  dimensions: '一级指标',
  level: '等级',
  grade: '等次',
}

function fieldLabel(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1]
  const field = typeof last === 'number' ? path[path.length - 2] : last
  if (field === 'text' && path.includes('observationPoints')) return '观测内容'
  return FIELD_LABELS[String(field)] ?? String(field ?? '')
}

/**
 * zod's per-parse message for a rubric where the schema gives none (`safeParse(x, { error:
 * rubricSchemaMessage })`): the field by its Chinese name. Undefined leaves zod's own (zh-CN) message.
 */
export function rubricSchemaMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const f = fieldLabel(issue.path ?? [])
  const raw = issue as unknown as { origin?: string; minimum?: number; maximum?: number; inclusive?: boolean; expected?: string }
  if (!f) return undefined
  if (issue.code === 'too_small' && raw.origin === 'number' && Number(raw.minimum) === 0) return raw.inclusive ? `${f}不能小于 0` : `${f}应大于 0`
  if (issue.code === 'too_big' && raw.origin === 'number' && Number(raw.maximum) === 1 && raw.inclusive) return `${f}不能大于 1`
  if (issue.code === 'too_small' && raw.origin === 'string' && Number(raw.minimum) === 1) return `${f}不能为空`
  if (issue.code === 'too_big' && raw.origin === 'string') return `${f}过长`
  if (issue.code === 'too_small' && raw.origin === 'array' && Number(raw.minimum) === 1) return `至少需要一个${f}`
  if (issue.code === 'invalid_type' && raw.expected === 'number') return `${f}应为数字`
  return undefined
}
