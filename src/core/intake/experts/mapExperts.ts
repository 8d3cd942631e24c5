import type { GroupId } from '../../domain/ids'
import type { CollaborationGroup, Expert, FormerUnit, Relation } from '../../domain/workspace'
import type { RosterProblem, RosterTable } from '../roster/types'
import { parseFormerUnit, parseRelation, splitList } from './parseCells'

export type ExpertField = 'name' | 'unit' | 'title' | 'groups' | 'formerUnits' | 'relations' | 'fields' | 'contact'

/** Headers recognised for each field (the first found is used). 姓名 and 工作单位 are required. */
export const EXPERT_HEADERS: Record<ExpertField, readonly string[]> = {
  name: ['姓名', '专家姓名'],
  unit: ['工作单位', '单位', '现工作单位'],
  title: ['职称', '职务/职称', '职务'],
  groups: ['协作组', '专业建设协作组', '所属协作组'],
  formerUnits: ['原工作单位', '曾工作单位'],
  relations: ['关系', '社会关系', '申报回避关系'],
  fields: ['研究领域', '专业领域', '领域'],
  contact: ['联系方式', '联系电话', '手机'],
}
export const EXPERT_FIELD_LABEL: Record<ExpertField, string> = {
  name: '姓名',
  unit: '工作单位',
  title: '职称',
  groups: '协作组',
  formerUnits: '原工作单位',
  relations: '关系',
  fields: '研究领域',
  contact: '联系方式',
}

export type ExpertImportFields = Omit<Expert, 'id'>
export interface MappedExpertRow {
  row: number
  fields: ExpertImportFields
}
export interface ExpertMapResult {
  /** field → the header it was read from */
  columns: Partial<Record<ExpertField, string>>
  valid: MappedExpertRow[]
  /** sorted by row; a row with any problem is not in `valid`; row 0 = the whole file */
  problems: RosterProblem[]
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')
/** The identity of an expert for duplicates: name + unit, NFKC, no spaces. */
export const expertKey = (name: string, unit: string) => `${norm(name)}\u0000${norm(unit)}`

const MAX = { name: 40, unit: 80, title: 40, contact: 80 } as const

/**
 * Turns the rows of an expert table into expert fields, with every problem by row and column:
 * 姓名 and 工作单位 required and within the schema's lengths; 协作组 must name known groups;
 * 原工作单位 needs years ("某技师学院（2018—2021）"); 关系 must read as "亲属：姓名，单位[，年份]";
 * the same 姓名 + 工作单位 twice in the file marks both rows, one already in the pool marks the row.
 */
export function mapExperts(table: RosterTable, groups: readonly CollaborationGroup[], pool: ReadonlyArray<Pick<Expert, 'name' | 'unit'>>, thisYear: number): ExpertMapResult {
  const columns: Partial<Record<ExpertField, string>> = {}
  const headerKeys = new Map(table.headers.map((h) => [norm(h), h]))
  for (const [f, names] of Object.entries(EXPERT_HEADERS) as [ExpertField, readonly string[]][]) {
    const h = names.map((n) => headerKeys.get(norm(n))).find((x) => x !== undefined)
    if (h !== undefined) columns[f] = h
  }
  const missing = (['name', 'unit'] as const).filter((f) => !columns[f])
  if (missing.length) {
    return { columns, valid: [], problems: [{ row: 0, column: '', message: `表格中没有「${missing.map((f) => EXPERT_FIELD_LABEL[f]).join('」「')}」列；请确认表头为 姓名、工作单位、职称、协作组、原工作单位、关系、研究领域、联系方式` }] }
  }
  const groupOf = new Map<string, GroupId>()
  for (const g of groups) {
    groupOf.set(norm(g.id), g.id)
    groupOf.set(norm(g.name), g.id)
  }
  const poolKeys = new Set(pool.map((e) => expertKey(e.name, e.unit)))
  const firstRowOf = new Map<string, number>()
  const problems: RosterProblem[] = []
  const bad = new Set<number>()
  const add = (row: number, f: ExpertField, message: string) => {
    problems.push({ row, column: columns[f] ?? EXPERT_FIELD_LABEL[f], message })
    bad.add(row)
  }
  const candidates: MappedExpertRow[] = []
  for (const r of table.rows) {
    const get = (f: ExpertField) => (columns[f] === undefined ? '' : (r.cells[columns[f]!] ?? '').normalize('NFC').trim())
    const name = get('name')
    const unit = get('unit')
    if (name === '') add(r.row, 'name', '请填写姓名')
    if (unit === '') add(r.row, 'unit', '请填写工作单位')
    for (const f of ['name', 'unit', 'title', 'contact'] as const) if (get(f).length > MAX[f]) add(r.row, f, `${EXPERT_FIELD_LABEL[f]}不能超过 ${MAX[f]} 个字`)
    const groupIds: GroupId[] = []
    for (const g of splitList(get('groups'))) {
      const id = groupOf.get(norm(g))
      if (id === undefined) add(r.row, 'groups', `没有名为「${g}」的协作组；可填：${groups.map((x) => x.name).join('、')}`)
      else if (!groupIds.includes(id)) groupIds.push(id)
    }
    const formerUnits: FormerUnit[] = []
    for (const t of splitList(get('formerUnits'), /[；;\n]+/)) {
      const u = parseFormerUnit(t, thisYear)
      if (typeof u === 'string') add(r.row, 'formerUnits', u)
      else formerUnits.push(u)
    }
    const relations: Relation[] = []
    for (const t of splitList(get('relations'), /[；;\n]+/)) {
      const rel = parseRelation(t)
      if (typeof rel === 'string') add(r.row, 'relations', rel)
      else relations.push(rel)
    }
    const fields = [...new Set(splitList(get('fields')))]
    for (const f of fields) if (f.length > 40) add(r.row, 'fields', `研究领域「${f.slice(0, 20)}…」超过 40 个字`)
    if (name !== '' && unit !== '') {
      const key = expertKey(name, unit)
      const first = firstRowOf.get(key)
      if (first === undefined) firstRowOf.set(key, r.row)
      else {
        add(first, 'name', `与第 ${r.row} 行重复（同一姓名和工作单位）`)
        add(r.row, 'name', `与第 ${first} 行重复（同一姓名和工作单位）`)
      }
      if (poolKeys.has(key)) add(r.row, 'name', `专家库中已有 ${unit} 的 ${name}`)
    }
    candidates.push({ row: r.row, fields: { name, unit, title: get('title'), groupIds, contact: get('contact'), formerUnits, relations, fields } })
  }
  problems.sort((a, b) => a.row - b.row)
  return { columns, valid: candidates.filter((c) => !bad.has(c.row)), problems }
}
