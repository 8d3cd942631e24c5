import type { RubricCheck } from '../../../../../core/api/outputs'
import type { DraftRubric, RubricFocus, RubricSection } from '../../../stores'
import { RUBRIC_STRINGS as S } from '../strings'

export type ProblemTarget = Omit<RubricFocus, 'nonce'>

export interface ShownProblem {
  key: string
  where: string
  message: string
  target: ProblemTarget | null
}

const FIELD_LABELS = S.fieldLabels as Record<string, string>
const P = S.problemText

/**
 * zod's schema messages are English ("Too small: expected number to be >0"); the editor says them
 * in Chinese for the fields it edits, and keeps any other message as it came.
 */
function schemaMessage(field: string, message: string): string {
  if (/expected number to be >0/.test(message)) return P.positive(FIELD_LABELS[field] ?? field)
  if (/expected number to be >=0/.test(message)) return P.nonNegative(FIELD_LABELS[field] ?? field)
  if (/expected number to be <=1/.test(message)) return P.atMostOne(FIELD_LABELS[field] ?? field)
  if (/expected string to have >=1/.test(message)) return P.empty(FIELD_LABELS[field] ?? field)
  if (/expected string to have <=/.test(message)) return P.tooLong(FIELD_LABELS[field] ?? field)
  if (/expected array to have >=1/.test(message)) return P.atLeastOne(FIELD_LABELS[field] ?? field)
  if (/expected number, received/.test(message) || /Invalid input: expected number/.test(message)) return P.number(FIELD_LABELS[field] ?? field)
  return message
}

const SECTION_OF_LIST: Record<string, { section: RubricSection; anchor: string; label: string }> = {
  levels: { section: 'levels', anchor: 'level-row', label: S.listLabels.levels },
  gradeBands: { section: 'levels', anchor: 'grade-row', label: S.listLabels.gradeBands },
  eligibility: { section: 'rules', anchor: 'elig-row', label: S.listLabels.eligibility },
  vetoes: { section: 'rules', anchor: 'veto-row', label: S.listLabels.vetoes },
  awardLevels: { section: 'bonus', anchor: 'award-row', label: S.listLabels.awardLevels },
}

/** A schema path (dimensions.1.indicators.0.points) as a place in the editor. */
function fromSchemaPath(r: DraftRubric, path: string, message: string): Omit<ShownProblem, 'key'> {
  const seg = path.split('.')
  const field = seg[seg.length - 1]!
  const msg = schemaMessage(/^\d+$/.test(field) ? (seg[seg.length - 2] ?? field) : field, message)
  if (seg[0] === 'dimensions' && seg[1] !== undefined) {
    const dim = r.dimensions[Number(seg[1])]
    const ind = seg[2] === 'indicators' && seg[3] !== undefined && /^\d+$/.test(seg[3]) ? dim?.indicators[Number(seg[3])] : undefined
    const obs = seg[4] === 'observationPoints' && seg[5] !== undefined ? `${S.obsTitle} ${Number(seg[5]) + 1}` : undefined
    const where = [dim && `${S.dimension} ${dim.code}「${dim.name}」`, ind && `${S.indicatorLevel2} ${ind.code}「${ind.name}」`, obs]
      .filter(Boolean)
      .join(' / ')
    const shown = obs && field === 'text' ? schemaMessage('obsText', message) : msg
    return { where: where || path, message: shown, target: { section: 'structure', uid: ind?.uid ?? dim?.uid } }
  }
  const list = SECTION_OF_LIST[seg[0]!]
  if (list && seg[1] !== undefined) {
    return { where: `${list.label} ${Number(seg[1]) + 1}`, message: msg, target: { section: list.section, anchor: `${list.anchor}-${seg[1]}` } }
  }
  if (seg[0] === 'bonus') return { where: S.bonus, message: msg, target: { section: 'bonus', anchor: 'bonus' } }
  if (seg[0] === 'resultNote') return { where: S.resultNoteLabel, message: msg, target: { section: 'bonus', anchor: 'result-note' } }
  return { where: FIELD_LABELS[field] ?? path, message: msg, target: { section: 'structure', anchor: 'basics' } }
}

/**
 * The core's "where" of a content problem (validateRubric) as a place in the editor. The patterns
 * are the core's wording (src/core/rubric/validate.ts), read here, not shown.
 */
function fromWhere(r: DraftRubric, where: string): ProblemTarget | null {
  const dimCode = /^一级指标 (.+?)「/.exec(where)?.[1]
  if (dimCode !== undefined) {
    const indCode = /二级指标 (.+?)「/.exec(where)?.[1]
    const dim = r.dimensions.find((d) => d.code === dimCode) ?? r.dimensions[Number(dimCode) - 1]
    const ind = indCode !== undefined ? dim?.indicators.find((i) => i.code === indCode) : undefined
    return { section: 'structure', uid: ind?.uid ?? dim?.uid }
  }
  const listItem = (list: readonly { code: string }[], prefix: string, anchor: string, section: RubricSection) => {
    const code = new RegExp(`^${prefix} (\\S+?)(「|$)`).exec(where)?.[1]
    if (code === undefined) return null
    const i = list.findIndex((x) => x.code === code)
    return { section, anchor: i >= 0 ? `${anchor}-${i}` : `${anchor}s` }
  }
  if (where.startsWith('否决项')) return listItem(r.vetoes, '否决项', 'veto-row', 'rules')
  if (where.startsWith('资格条件')) return listItem(r.eligibility, '资格条件', 'elig-row', 'rules')
  if (where.startsWith('加分项')) return { section: 'bonus', anchor: 'bonus' }
  if (where.startsWith('等级')) {
    const i = r.levels.findIndex((l) => where === `等级 ${l.level}`)
    return { section: 'levels', anchor: i >= 0 ? `level-row-${i}` : 'levels' }
  }
  if (where.startsWith('等次')) return { section: 'levels', anchor: 'grade-bands' }
  if (where === S.whereTotal) return { section: 'structure', anchor: 'basics' }
  return null
}

/** The validation answer as the editor lists it: Chinese, each with where it takes the user. */
export function shownProblems(check: RubricCheck | null, r: DraftRubric): ShownProblem[] {
  if (!check) return []
  return check.problems.map((p, i) => {
    if (p.code === 'SCHEMA') return { key: `${i}`, ...fromSchemaPath(r, p.where, p.message) }
    return { key: `${i}`, where: p.where, message: p.message, target: fromWhere(r, p.where) }
  })
}

/** How many problems point into each section (for the badges on the editor's tabs). */
export function problemsBySection(problems: readonly ShownProblem[]): Record<RubricSection, number> {
  const out: Record<RubricSection, number> = { structure: 0, levels: 0, rules: 0, bonus: 0 }
  for (const p of problems) out[p.target?.section ?? 'structure'] += 1
  return out
}

/** The uids of 一级/二级指标 that have a problem (marked in the tree). */
export function problemUids(problems: readonly ShownProblem[]): Set<string> {
  return new Set(problems.map((p) => p.target?.uid).filter((u): u is string => !!u))
}
