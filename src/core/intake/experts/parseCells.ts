import type { FormerUnit, Relation } from '../../domain/workspace'

/** Splits a cell listing several things: ；; 、 ， , or new lines. */
export function splitList(text: string, seps = /[；;、，,\n]+/): string[] {
  return text.split(seps).map((s) => s.trim()).filter((s) => s !== '')
}

const YEARS = /[（(]\s*(\d{4})?\s*(?:[—–\-－~～至到]+\s*(\d{4}|至今|今)?)?\s*[)）]\s*$/

/**
 * "某技师学院（2018—2021）" → { unit, from: 2018, to: 2021 }. A single year "（2020）" is the last year;
 * "（2019—至今）" ends this year. Without years the unit cannot be judged for 回避 and is refused.
 */
export function parseFormerUnit(text: string, thisYear: number): FormerUnit | string {
  const m = YEARS.exec(text)
  const unit = (m ? text.slice(0, m.index) : text).trim()
  if (unit === '') return `原工作单位「${text}」缺少单位名称`
  if (!m || (!m[1] && !m[2])) return `原工作单位「${text}」缺少年份，请写成「单位（2018—2021）」`
  const from = m[1] ? Number(m[1]) : undefined
  const to = m[2] === undefined ? from! : /今/.test(m[2]) ? thisYear : Number(m[2])
  if (from !== undefined && to < from) return `原工作单位「${text}」的起止年份颠倒`
  if (unit.length > 80) return `原工作单位「${unit.slice(0, 20)}…」超过 80 个字`
  return from === undefined || m[2] === undefined ? { unit, to } : { unit, from, to }
}

const KIND_WORDS: Record<string, Relation['kind']> = {
  亲属: 'relative',
  师生: 'advisorStudent',
  导师: 'advisorStudent',
  学生: 'advisorStudent',
  合著: 'coauthor',
  合作者: 'coauthor',
  项目合作: 'projectPartner',
  项目: 'projectPartner',
}

/**
 * One declared relation: "类型：姓名，单位，年份", e.g. "亲属：王某，某技师学院" or "合著：李某，某职业学院，2022".
 * 类型 is 亲属 / 师生 / 合著 / 项目合作; 姓名 and 年份 may be left out.
 */
export function parseRelation(text: string): Relation | string {
  const m = /^\s*([^:：\s]+)\s*[:：]\s*(.*)$/.exec(text)
  const kind = m ? KIND_WORDS[m[1]!] : undefined
  if (!m || !kind) return `关系「${text}」无法识别，请写成「亲属：姓名，单位」（类型为 亲属、师生、合著、项目合作）`
  const parts = m[2]!.split(/[，,]/).map((s) => s.trim())
  const yearText = parts.length > 1 && /^\d{4}$/.test(parts[parts.length - 1]!) ? parts.pop()! : undefined
  const [name = '', unit = ''] = parts
  if (name === '' && unit === '') return `关系「${text}」缺少姓名或单位`
  if (name.length > 40 || unit.length > 80) return `关系「${text}」中的姓名或单位过长`
  return yearText ? { kind, name, unit, year: Number(yearText) } : { kind, name, unit }
}
