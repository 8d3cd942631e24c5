/**
 * Rows of the 指标体系 workbook (read by xlsxRead.ts) → a rubric candidate, with the sheet and row
 * of every item kept, so that zod issues and validateRubric problems can be pointed at a cell.
 * The rules are the writer's (xlsx.ts): on 「指标体系」 a row is a 一级指标, a 二级指标, an 观测点
 * or a 否决项 according to which of those four columns it fills, and may fill only the columns
 * that belong to that kind of row.
 */
import { LEVELS, REVIEW_KINDS, REVIEW_KIND_LABELS, type Level } from '../../domain/rubric'
import {
  AWARD_HEADERS,
  AWARD_OPTIONAL_HEADERS,
  BAND_HEADERS,
  BAND_OPTIONAL_HEADERS,
  BONUS_HEADERS,
  columnLetter,
  DESCRIPTOR_HEADER,
  ELIGIBILITY_HEADERS,
  INFO_HEADERS,
  INFO_ITEMS,
  INFO_NOTE_HEADER,
  KEY_MARK,
  LEVEL_HEADERS,
  NATURE_LABEL,
  NO,
  SCALE_LABEL,
  SHEET,
  TREE_HEADERS,
  YES,
  type InfoItem,
  type TreeHeader,
} from './xlsxLayout'
import type { CellValue, RawSheet, SheetRow, XlsxProblem } from './xlsxRead'

/**
 * What a cell that could not be read becomes: a value no schema accepts, so zod reports the field
 * again at the same cell, where the duplicate is dropped — and validateRubric never sees a guess.
 */
const BAD: unique symbol = Symbol('unreadable cell')
type Bad = typeof BAD

export interface Table {
  sheet: string
  headers: readonly string[]
  cols: Map<string, number>
  rows: SheetRow[]
}

type Kind = 'dimension' | 'indicator' | 'observation' | 'veto'
const KIND_LABEL: Record<Kind, string> = { dimension: '一级指标', indicator: '二级指标', observation: '观测点', veto: '否决项' }
const KIND_COLUMN: Record<Kind, TreeHeader> = { dimension: '一级指标', indicator: '二级指标', observation: '观测点', veto: '否决' }
const KIND_FIELDS: Record<Kind, readonly TreeHeader[]> = {
  dimension: ['编号', '一级指标', '分值'],
  indicator: ['编号', '二级指标', '分值', '评分方式', 'A 描述', 'B 描述', 'C 描述', 'D 描述', '★'],
  observation: ['观测点', '佐证材料', '性质', '现场核查'],
  veto: ['编号', '否决'],
}

const isBlank = (v: CellValue | undefined) => v === undefined || (typeof v === 'string' && v.trim() === '')

/** Sheet, row and header of every item, by position in the rubric being built. */
export interface Locations {
  tables: Map<string, Table>
  info: Map<InfoItem, number>
  levels: number[]
  bands: number[]
  awards: number[]
  eligibility: number[]
  bonus: number[]
  vetoes: number[]
  dimensions: Array<{ row: number; indicators: Array<{ row: number; observations: number[] }> }>
}

export interface Built {
  /** the rubric candidate, to be parsed by RubricSchema */
  candidate: Record<string, unknown>
  problems: XlsxProblem[]
  /** rows were skipped (wrong place, unknown kind, unreadable header): sums may be off because of that */
  structural: boolean
  loc: Locations
}

export function buildRubric(sheets: Map<string, RawSheet>): Built {
  const problems: XlsxProblem[] = []
  let structural = false
  const loc: Locations = {
    tables: new Map(),
    info: new Map(),
    levels: [],
    bands: [],
    awards: [],
    eligibility: [],
    bonus: [],
    vetoes: [],
    dimensions: [],
  }
  const at = (t: Table, row: number, header: string, message: string) => {
    const c = t.cols.get(header)
    problems.push({ sheet: t.sheet, row, column: c === undefined ? '' : columnLetter(c), message })
  }

  /** The header row (the first non-empty row) located; null when the sheet is absent or unusable. */
  function open(name: string, headers: readonly string[], required: boolean, extra: readonly string[] = []): Table | null {
    const sheet = sheets.get(name)
    if (!sheet) {
      if (required) {
        problems.push({ sheet: name, row: 0, column: '', message: `缺少工作表「${name}」` })
        structural = true
      }
      return null
    }
    const [head, ...rows] = sheet.rows
    if (!head) {
      if (required) {
        problems.push({ sheet: name, row: 0, column: '', message: `工作表「${name}」是空的，第 1 行应为表头：${headers.join(' | ')}` })
        structural = true
      }
      return null
    }
    const cols = new Map<string, number>()
    const unknown = new Map<number, string>()
    const shape = `表头应为：${headers.join(' | ')}`
    let bad = false
    for (const [c, v] of head.cells) {
      const h = typeof v === 'string' ? v.trim() : String(v)
      if (!headers.includes(h) && !extra.includes(h)) unknown.set(c, h)
      else if (cols.has(h)) {
        problems.push({ sheet: name, row: head.row, column: columnLetter(c), message: `列「${h}」重复` })
        bad = true
      } else cols.set(h, c)
    }
    for (const [i, h] of headers.entries()) {
      if (cols.has(h)) continue
      bad = true
      // reported where the writer puts the column; a misspelling there is named in the same message
      const there = unknown.get(i + 1)
      unknown.delete(i + 1)
      const now = there === undefined ? '' : `（这一格现为「${there}」）`
      problems.push({ sheet: name, row: head.row, column: columnLetter(i + 1), message: `缺少列「${h}」${now}，${shape}` })
    }
    for (const [c, h] of unknown) {
      bad = true
      problems.push({ sheet: name, row: head.row, column: columnLetter(c), message: `无法识别的列「${h}」，${shape}` })
    }
    if (bad) {
      structural = true
      return null
    }
    const known = new Set(cols.values())
    const reported = new Set<number>()
    for (const r of rows) {
      for (const c of r.cells.keys()) {
        if (!known.has(c) && !reported.has(c)) {
          reported.add(c)
          problems.push({ sheet: name, row: r.row, column: columnLetter(c), message: '该列没有表头，其中的内容无法识别；请删除或补上规定的列名' })
          structural = true
        }
      }
    }
    const t: Table = { sheet: name, headers, cols, rows: rows.filter((r) => [...r.cells.values()].some((v) => !isBlank(v))) }
    loc.tables.set(name, t)
    return t
  }

  const get = (t: Table, r: SheetRow, h: string): CellValue | undefined => {
    const c = t.cols.get(h)
    return c === undefined ? undefined : r.cells.get(c)
  }
  const shown = (v: CellValue) => (typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v))

  /** Free text, kept exactly as written (numbers as Excel shows them); undefined when empty. */
  function text(t: Table, r: SheetRow, h: string, label = h): string | undefined | Bad {
    const v = get(t, r, h)
    if (v === undefined) return undefined
    if (typeof v === 'boolean') {
      at(t, r.row, h, `${label}应为文字，现为逻辑值 ${shown(v)}`)
      return BAD
    }
    return String(v)
  }
  /** A code or choice: text, trimmed. */
  function word(t: Table, r: SheetRow, h: string, label = h): string | undefined | Bad {
    const v = text(t, r, h, label)
    return typeof v === 'string' ? v.trim() || undefined : v
  }
  function required<T>(t: Table, r: SheetRow, h: string, v: T | undefined | Bad, label = h): T | Bad {
    if (v !== undefined) return v
    at(t, r.row, h, `缺少${label}`)
    return BAD
  }
  function num(t: Table, r: SheetRow, h: string, label = h): number | undefined | Bad {
    const v = get(t, r, h)
    if (v === undefined) return undefined
    if (typeof v === 'number') return v
    const s = String(v).trim()
    if (s === '') return undefined
    if (typeof v === 'string' && /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s)
    at(t, r.row, h, typeof v === 'boolean' ? `${label}应为数字，现为逻辑值 ${shown(v)}` : `${label}应为数字，现为「${s}」`)
    return BAD
  }
  /** One of a few spellings (trimmed); `expect` says what is allowed, for the message. */
  function choice<T>(t: Table, r: SheetRow, h: string, options: ReadonlyArray<readonly [string, T]>, expect: string, label = h): T | undefined | Bad {
    const v = get(t, r, h)
    if (v === undefined) return undefined
    const s = typeof v === 'boolean' ? (v ? YES : NO) : String(v).trim()
    if (s === '') return undefined
    const hit = options.find(([o]) => o === s)
    if (hit) return hit[1]
    at(t, r.row, h, `${label}应为${expect}，现为「${shown(v).trim()}」`)
    return BAD
  }
  const yesNo = (t: Table, r: SheetRow, h: string) => choice(t, r, h, [[YES, true], [NO, false]] as const, `「${YES}」或「${NO}」`)

  // ——— 基本信息 ———
  const info: Record<string, unknown> = {}
  let bonusCap: number | undefined | Bad
  let bonusCapRow = 0
  const infoT = open(SHEET.info, INFO_HEADERS, true, [INFO_NOTE_HEADER])
  if (infoT) {
    const seen = new Map<InfoItem, SheetRow>()
    for (const r of infoT.rows) {
      if (isBlank(get(infoT, r, '项目')) && isBlank(get(infoT, r, '内容'))) continue // a note in 说明 only
      const item = word(infoT, r, '项目')
      if (item === BAD) continue
      if (item === undefined || !(INFO_ITEMS as readonly string[]).includes(item)) {
        at(infoT, r.row, '项目', item === undefined ? '项目名称为空' : `无法识别的项目「${item}」，应为：${INFO_ITEMS.join('、')}`)
        continue
      }
      const key = item as InfoItem
      if (seen.has(key)) {
        at(infoT, r.row, '项目', `项目「${key}」重复（已在第 ${seen.get(key)!.row} 行）`)
        continue
      }
      seen.set(key, r)
      loc.info.set(key, r.row)
    }
    const cell = (k: InfoItem) => seen.get(k)
    const need = <T>(k: InfoItem, read: (r: SheetRow) => T | undefined | Bad, fallback?: T): T | Bad | undefined => {
      const r = cell(k)
      if (!r) {
        if (fallback !== undefined) return fallback
        problems.push({ sheet: infoT.sheet, row: 0, column: columnLetter(infoT.cols.get('项目')!), message: `缺少项目「${k}」` })
        return BAD
      }
      const v = read(r)
      if (v === undefined && fallback !== undefined) return fallback
      return required(infoT, r, '内容', v, k)
    }
    const kinds = REVIEW_KINDS.flatMap((k) => [[k, k] as const, [REVIEW_KIND_LABELS[k], k] as const])
    info.id = need('编号', (r) => word(infoT, r, '内容', '编号'))
    info.name = need('名称', (r) => text(infoT, r, '内容', '名称'))
    info.kind = need('评审类型', (r) => choice(infoT, r, '内容', kinds, `${REVIEW_KINDS.map((k) => `「${k}」`).join('、')}之一（或其中文名称）`, '评审类型'))
    info.version = need('版本', (r) => num(infoT, r, '内容', '版本'))
    info.total = need('总分', (r) => num(infoT, r, '内容', '总分'))
    info.resultNote = need('结果说明', (r) => text(infoT, r, '内容', '结果说明'), '')
    const capRow = cell('加分上限')
    if (capRow) {
      bonusCapRow = capRow.row
      bonusCap = num(infoT, capRow, '内容', '加分上限')
    }
  }

  // ——— 等级, 等次 (required), 奖项等级, 资格条件, 加分项 (optional) ———
  const levels: unknown[] = []
  const levelT = open(SHEET.levels, LEVEL_HEADERS, true)
  for (const r of levelT?.rows ?? []) {
    const t = levelT!
    loc.levels.push(r.row)
    levels.push({
      level: required(t, r, '等级', word(t, r, '等级')),
      label: required(t, r, '名称', text(t, r, '名称')),
      coefficient: required(t, r, '系数', num(t, r, '系数')),
    })
  }
  const bands: unknown[] = []
  const bandT = open(SHEET.bands, BAND_HEADERS, true, BAND_OPTIONAL_HEADERS)
  for (const r of bandT?.rows ?? []) {
    const t = bandT!
    loc.bands.push(r.row)
    const band: Record<string, unknown> = {
      grade: required(t, r, '等次', word(t, r, '等次')),
      label: required(t, r, '名称', text(t, r, '名称')),
      min: required(t, r, '下限', num(t, r, '下限')),
    }
    const provisional = yesNo(t, r, '确认后使用')
    if (provisional !== undefined) band.provisional = provisional
    bands.push(band)
  }
  const awards: unknown[] = []
  const awardT = open(SHEET.awards, AWARD_HEADERS, false, AWARD_OPTIONAL_HEADERS)
  for (const r of awardT?.rows ?? []) {
    const t = awardT!
    loc.awards.push(r.row)
    const award: Record<string, unknown> = {
      code: required(t, r, '编号', word(t, r, '编号')),
      label: required(t, r, '名称', text(t, r, '名称')),
      min: required(t, r, '下限', num(t, r, '下限')),
      requiresVote: yesNo(t, r, '需票决') ?? false,
    }
    const provisional = yesNo(t, r, '确认后使用')
    if (provisional !== undefined) award.provisional = provisional
    const maxCount = num(t, r, '名额上限')
    const maxShare = num(t, r, '比例上限')
    if (maxCount !== undefined || maxShare !== undefined) {
      award.quota = { ...(maxCount !== undefined && { maxCount }), ...(maxShare !== undefined && { maxShare }) }
    }
    awards.push(award)
  }
  const eligibility: unknown[] = []
  const eligT = open(SHEET.eligibility, ELIGIBILITY_HEADERS, false)
  for (const r of eligT?.rows ?? []) {
    const t = eligT!
    loc.eligibility.push(r.row)
    eligibility.push({ code: required(t, r, '编号', word(t, r, '编号')), text: text(t, r, '内容') ?? '' })
  }
  const bonusItems: unknown[] = []
  const bonusT = open(SHEET.bonus, BONUS_HEADERS, false)
  for (const r of bonusT?.rows ?? []) {
    const t = bonusT!
    loc.bonus.push(r.row)
    bonusItems.push({
      code: required(t, r, '编号', word(t, r, '编号')),
      name: required(t, r, '名称', text(t, r, '名称')),
      points: required(t, r, '分值', num(t, r, '分值')),
      evidence: text(t, r, '佐证材料') ?? '',
    })
  }
  let bonus: unknown
  if (bonusCap !== undefined) bonus = { cap: bonusCap, items: bonusItems }
  else if (bonusItems.length > 0) {
    problems.push({
      sheet: SHEET.info,
      row: bonusCapRow,
      column: bonusCapRow && infoT ? columnLetter(infoT.cols.get('内容')!) : '',
      message: `「${SHEET.bonus}」中有 ${bonusItems.length} 个加分项，但未填写加分上限`,
    })
  }

  // ——— 指标体系 ———
  const dimensions: Array<Record<string, unknown> & { indicators: Array<Record<string, unknown> & { observationPoints: unknown[] }> }> = []
  const vetoes: unknown[] = []
  const tree = open(SHEET.tree, TREE_HEADERS, true)
  if (tree) {
    let dim: (typeof dimensions)[number] | undefined
    /** null: the current 二级指标 could not be placed (already reported), so its 观测点 are skipped quietly */
    let ind: (typeof dimensions)[number]['indicators'][number] | undefined | null
    for (const r of tree.rows) {
      const kinds = (Object.keys(KIND_COLUMN) as Kind[]).filter((k) => !isBlank(get(tree, r, KIND_COLUMN[k])))
      if (kinds.length === 0) {
        structural = true
        problems.push({
          sheet: tree.sheet,
          row: r.row,
          column: columnLetter(Math.min(...r.cells.keys())),
          message: '无法判断这一行是一级指标、二级指标、观测点还是否决项：请在「一级指标」「二级指标」「观测点」「否决」四列中填写其中一列',
        })
        continue
      }
      // the leftmost kind wins; anything else on the row is reported and left out
      const kind = kinds[0]!
      for (const k of kinds.slice(1)) {
        structural = true
        at(tree, r.row, KIND_COLUMN[k], `同一行只能填写「一级指标」「二级指标」「观测点」「否决」中的一列，这一行已是${KIND_LABEL[kind]}`)
      }
      for (const h of TREE_HEADERS) {
        if (KIND_FIELDS[kind].includes(h) || kinds.some((k) => KIND_COLUMN[k] === h) || isBlank(get(tree, r, h))) continue
        const owners = (Object.keys(KIND_FIELDS) as Kind[]).filter((k) => KIND_FIELDS[k].includes(h)).map((k) => KIND_LABEL[k])
        at(tree, r.row, h, `${KIND_LABEL[kind]}行不应填写「${h}」（这一列属于${owners.join('、')}行）`)
      }
      const code = () => required(tree, r, '编号', word(tree, r, '编号'), `${KIND_LABEL[kind]}编号`)
      if (kind === 'dimension') {
        dim = { code: code(), name: text(tree, r, '一级指标'), points: required(tree, r, '分值', num(tree, r, '分值')), indicators: [] }
        ind = undefined
        dimensions.push(dim)
        loc.dimensions.push({ row: r.row, indicators: [] })
      } else if (kind === 'indicator') {
        if (!dim) {
          at(tree, r.row, '二级指标', '二级指标出现在任何一级指标之前：请先填写它所属的一级指标行')
          structural = true
          ind = null
          continue
        }
        const descriptors: Partial<Record<Level, unknown>> = {}
        for (const l of LEVELS) descriptors[l] = text(tree, r, DESCRIPTOR_HEADER[l]) ?? ''
        ind = {
          code: code(),
          name: text(tree, r, '二级指标'),
          points: required(tree, r, '分值', num(tree, r, '分值')),
          key: choice(tree, r, '★', [[KEY_MARK, true], [YES, true], [NO, false]] as const, `「${KEY_MARK}」或留空`) ?? false,
          scale: choice(tree, r, '评分方式', [[SCALE_LABEL.levels, 'levels'], [SCALE_LABEL.points, 'points']] as const, `「${SCALE_LABEL.levels}」或「${SCALE_LABEL.points}」`) ?? 'levels',
          descriptors,
          observationPoints: [],
        }
        dim.indicators.push(ind)
        loc.dimensions.at(-1)!.indicators.push({ row: r.row, observations: [] })
      } else if (kind === 'observation') {
        if (ind === null) continue
        if (!ind) {
          at(tree, r.row, '观测点', dim ? '观测点应列在二级指标之下，这一行之前没有属于同一一级指标的二级指标' : '观测点出现在任何二级指标之前：请先填写它所属的二级指标行')
          structural = true
          continue
        }
        const natures = [[NATURE_LABEL.qualitative, 'qualitative'], [NATURE_LABEL.quantitative, 'quantitative']] as const
        ind.observationPoints.push({
          text: text(tree, r, '观测点'),
          nature: required(tree, r, '性质', choice(tree, r, '性质', natures, `「${NATURE_LABEL.qualitative}」或「${NATURE_LABEL.quantitative}」`), `性质（「${NATURE_LABEL.qualitative}」或「${NATURE_LABEL.quantitative}」）`),
          evidence: text(tree, r, '佐证材料') ?? '',
          siteCheck: yesNo(tree, r, '现场核查') ?? false,
        })
        loc.dimensions.at(-1)!.indicators.at(-1)!.observations.push(r.row)
      } else {
        vetoes.push({ code: code(), text: text(tree, r, '否决') })
        loc.vetoes.push(r.row)
      }
    }
  }

  const candidate: Record<string, unknown> = {
    ...info,
    levels,
    gradeBands: bands,
    dimensions,
    vetoes,
    eligibility,
    awardLevels: awards,
  }
  if (bonus !== undefined) candidate.bonus = bonus
  return { candidate, problems, structural, loc }
}
