/**
 * Zod issues and validateRubric problems, pointed by their path at the cell of the item, in Chinese.
 * The positions come from `buildRubric` (xlsxBuild.ts), which recorded the row of every item.
 */
import type { z } from 'zod'
import { LEVELS, type Level } from '../../domain/rubric'
import { problemPath } from '../../domain/problem'
import { schemaProblems, type RubricProblem } from '../problems'
import type { Locations } from './xlsxBuild'
import { columnLetter, DESCRIPTOR_HEADER, NO, SHEET, YES, type InfoItem } from './xlsxLayout'
import type { XlsxProblem } from './xlsxRead'

type Target = { sheet: string; row: number; header: string; label: string }

const FIELD_HEADERS = {
  dimension: { code: '编号', name: '一级指标', points: '分值', indicators: '二级指标' },
  indicator: { code: '编号', name: '二级指标', points: '分值', key: '★', scale: '评分方式', observationPoints: '观测点' },
  observation: { text: '观测点', nature: '性质', evidence: '佐证材料', siteCheck: '现场核查' },
  veto: { code: '编号', text: '否决' },
  level: { level: '等级', label: '名称', coefficient: '系数' },
  band: { grade: '等次', label: '名称', min: '下限', provisional: '确认后使用' },
  award: { code: '编号', label: '名称', min: '下限', requiresVote: '需票决', quota: '名额上限', provisional: '确认后使用' },
  eligibility: { code: '编号', text: '内容' },
  bonus: { code: '编号', name: '名称', points: '分值', evidence: '佐证材料' },
} as const
const INFO_FIELD: Record<string, InfoItem> = { id: '编号', name: '名称', kind: '评审类型', version: '版本', total: '总分', resultNote: '结果说明' }
const LIST_SHEETS: Record<string, { sheet: string; key: keyof Locations; fields: Record<string, string> }> = {
  levels: { sheet: SHEET.levels, key: 'levels', fields: FIELD_HEADERS.level },
  gradeBands: { sheet: SHEET.bands, key: 'bands', fields: FIELD_HEADERS.band },
  awardLevels: { sheet: SHEET.awards, key: 'awards', fields: FIELD_HEADERS.award },
  eligibility: { sheet: SHEET.eligibility, key: 'eligibility', fields: FIELD_HEADERS.eligibility },
  vetoes: { sheet: SHEET.tree, key: 'vetoes', fields: FIELD_HEADERS.veto },
}

function cellOf(loc: Locations, t: Target): XlsxProblem {
  const c = loc.tables.get(t.sheet)?.cols.get(t.header)
  return { sheet: t.sheet, row: t.row, column: c === undefined || t.row === 0 ? '' : columnLetter(c), message: '' }
}

/** The sheet, row and header a zod path into the candidate refers to. */
function targetOf(loc: Locations, path: readonly PropertyKey[]): Target {
  const [top, i, field, j, f2, k, f3] = path
  const n = (x: unknown) => (typeof x === 'number' ? x : -1)
  const infoTarget = (item: InfoItem): Target => ({ sheet: SHEET.info, row: loc.info.get(item) ?? 0, header: '内容', label: item })
  if (typeof top === 'string' && INFO_FIELD[top]) return infoTarget(INFO_FIELD[top]!)
  if (top === 'bonus') {
    if (i === 'items' && typeof field === 'number') {
      const h = (FIELD_HEADERS.bonus as Record<string, string>)[String(j)] ?? '编号'
      return { sheet: SHEET.bonus, row: loc.bonus[field] ?? 0, header: h, label: h }
    }
    return infoTarget('加分上限')
  }
  const list = typeof top === 'string' ? LIST_SHEETS[top] : undefined
  if (list) {
    const rows = loc[list.key] as number[]
    const h = field === 'quota' && j === 'maxShare' ? '比例上限' : (list.fields[String(field)] ?? Object.values(list.fields)[0]!)
    return { sheet: list.sheet, row: rows[n(i)] ?? 0, header: h, label: h }
  }
  if (top === 'dimensions') {
    const d = loc.dimensions[n(i)]
    if (!d) return { sheet: SHEET.tree, row: 0, header: '一级指标', label: '一级指标' }
    if (field !== 'indicators' || typeof j !== 'number') {
      const h = (FIELD_HEADERS.dimension as Record<string, string>)[String(field)] ?? '编号'
      return { sheet: SHEET.tree, row: d.row, header: h, label: h }
    }
    const ind = d.indicators[j]
    if (!ind) return { sheet: SHEET.tree, row: d.row, header: '二级指标', label: '二级指标' }
    if (f2 === 'descriptors') {
      const h = LEVELS.includes(k as Level) ? DESCRIPTOR_HEADER[k as Level] : 'A 描述'
      return { sheet: SHEET.tree, row: ind.row, header: h, label: h }
    }
    if (f2 !== 'observationPoints' || typeof k !== 'number') {
      const h = (FIELD_HEADERS.indicator as Record<string, string>)[String(f2)] ?? '编号'
      return { sheet: SHEET.tree, row: ind.row, header: h, label: h }
    }
    const h = (FIELD_HEADERS.observation as Record<string, string>)[String(f3)] ?? '观测点'
    return { sheet: SHEET.tree, row: ind.observations[k] ?? ind.row, header: h, label: h }
  }
  return { sheet: '', row: 0, header: '', label: '' }
}

/** A zod issue in Chinese, naming the field as the sheet names it. */
function zodMessage(issue: z.core.$ZodIssue, label: string): string {
  const input = 'input' in issue ? issue.input : undefined
  const now = typeof input === 'number' ? `，现为 ${input}` : typeof input === 'string' && input ? `，现为「${input}」` : ''
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${label}不能为空` : `${label}至少应有 ${issue.minimum} 个字`
      if (issue.origin === 'array') return issue.exact ? `${label}应恰好有 ${issue.minimum} 项，现有 ${Array.isArray(input) ? input.length : '?'} 项` : `${label}至少应有 ${issue.minimum} 项`
      return `${label}应${issue.inclusive ? '不小于' : '大于'} ${issue.minimum}${now}`
    case 'too_big':
      if (issue.origin === 'string') return `${label}最多 ${issue.maximum} 个字，现有 ${typeof input === 'string' ? input.length : '?'} 个字`
      if (issue.origin === 'array') return issue.exact ? `${label}应恰好有 ${issue.maximum} 项` : `${label}最多 ${issue.maximum} 项`
      return `${label}应${issue.inclusive ? '不大于' : '小于'} ${issue.maximum}${now}`
    case 'invalid_type':
      if (issue.expected === 'int') return `${label}应为整数${now}`
      if (issue.expected === 'number') return `${label}应为数字`
      if (issue.expected === 'string') return `缺少${label}`
      if (issue.expected === 'boolean') return `${label}应为「${YES}」或「${NO}」`
      return `${label}格式不正确`
    case 'invalid_value':
      return `${label}应为 ${issue.values.map(String).join('、')} 之一${now}`
    default:
      return `${label}格式不正确（${issue.message}）`
  }
}

export function zodProblems(loc: Locations, issues: readonly z.core.$ZodIssue[]): XlsxProblem[] {
  return issues.map((issue) => {
    const t = targetOf(loc, issue.path)
    const p = cellOf(loc, t)
    const label = t.label || issue.path.map(String).join('.') || '指标体系'
    return { ...p, message: zodMessage(issue, label), code: 'SCHEMA' as const, path: problemPath(issue.path), params: schemaProblems([issue])[0]!.params }
  })
}

/** validateRubric's problems at the cell their path points to (the field to fix, in the item's row). */
export function validateProblems(loc: Locations, found: readonly RubricProblem[]): XlsxProblem[] {
  return found.map((p) => {
    const t = targetOf(loc, p.path)
    if (!t.sheet) return { sheet: '', row: 0, column: '', message: `${p.where}：${p.message}`, code: p.code, path: p.path, params: p.params }
    return { ...cellOf(loc, t), message: p.message, code: p.code, path: p.path, params: p.params }
  })
}
