import type { RubricCheck } from '../../../../../core/api/outputs'
import type { ProblemPath } from '../../../../../core/domain/problem'
import { describeRubricPath } from '../../../../../core/rubric/problems'
import type { DraftRubric, RubricFocus, RubricSection } from '../../../stores'

export type ProblemTarget = Omit<RubricFocus, 'nonce'>

export interface ShownProblem {
  key: string
  where: string
  message: string
  target: ProblemTarget | null
}

/** Rows of the editor's list tables: a list in the rubric → its section and its rows' anchor. */
const LIST_ROWS: Record<string, { section: RubricSection; anchor: string }> = {
  levels: { section: 'levels', anchor: 'level-row' },
  gradeBands: { section: 'levels', anchor: 'grade-row' },
  eligibility: { section: 'rules', anchor: 'elig-row' },
  vetoes: { section: 'rules', anchor: 'veto-row' },
  awardLevels: { section: 'bonus', anchor: 'award-row' },
}
/** Where a whole list is, when a problem names the list rather than one row. */
const LIST_ANCHOR: Record<string, string> = { levels: 'levels', gradeBands: 'grade-bands', eligibility: 'elig-rows', vetoes: 'veto-rows', awardLevels: 'award-rows' }

/** Where a problem's path takes the user in the editor: the 一级/二级指标 in the tree, a list row, or a card. */
export function targetOfPath(r: DraftRubric, path: ProblemPath): ProblemTarget {
  const [top, i, field, j] = path
  if (top === 'dimensions') {
    const dim = typeof i === 'number' ? r.dimensions[i] : undefined
    const ind = field === 'indicators' && typeof j === 'number' ? dim?.indicators[j] : undefined
    return { section: 'structure', uid: ind?.uid ?? dim?.uid }
  }
  const list = typeof top === 'string' ? LIST_ROWS[top] : undefined
  if (list) return { section: list.section, anchor: typeof i === 'number' ? `${list.anchor}-${i}` : LIST_ANCHOR[top as string] }
  if (top === 'bonus') return { section: 'bonus', anchor: 'bonus' }
  if (top === 'resultNote') return { section: 'bonus', anchor: 'result-note' }
  return { section: 'structure', anchor: 'basics' }
}

/** The validation answer as the editor lists it: Chinese, each with where it takes the user. */
export function shownProblems(check: RubricCheck | null, r: DraftRubric): ShownProblem[] {
  if (!check) return []
  return check.problems.map((p, i) => ({
    key: `${i}`,
    // a schema problem's `where` is the bare path (the core could not read the draft as a rubric)
    where: p.code === 'SCHEMA' ? describeRubricPath(r, p.path) : p.where,
    message: p.message,
    target: targetOfPath(r, p.path),
  }))
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
