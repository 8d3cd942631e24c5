import type { ExpertId, SubmissionId } from '../domain/ids'
import type { ConflictDecision, Expert, PanelSettings, Relation, Submission } from '../domain/workspace'
import { peopleNamed } from '../domain/submissionLabel'
import { conflictText } from './messages'
import { compactText, compareUnits, type UnitMatch } from './unitName'

/**
 * 回避 (docs/domain/review-kinds.md, "Panel and aggregation rules"): why an expert must not judge a submission.
 * 'certain' blocks the pair; 'suspected' is shown to the secretariat, who decides (ConflictDecision) —
 * a suspected match is never silently ignored, and the draw refuses to run while one is undecided.
 */
export type ConflictLevel = 'certain' | 'suspected'
export type ConflictRule = 'sameUnit' | 'formerUnit' | 'relation' | 'ownSubmission' | 'declared'

export interface Conflict {
  level: ConflictLevel
  rule: ConflictRule
  /** Chinese, naming the units, people and years */
  reason: string
}

const unitLevel = (m: UnitMatch): ConflictLevel | null => (m === 'same' ? 'certain' : m === 'similar' ? 'suspected' : null)

/**
 * All conflicts of one expert with one submission, by rule:
 * - sameUnit: compareUnits(expert.unit, school) 'same' → certain, 'similar' → suspected.
 * - formerUnit: a former unit whose `to` ≥ currentYear − formerUnitYears (so exactly N years ago counts,
 *   N + 1 does not; a `to` in the future counts), compared with the school as for sameUnit.
 * - relation: relatives always count, whatever their year; other relations count when their year is missing
 *   (unknown is treated as recent) or ≥ currentYear − relationYears. One conflict per relation, the strongest:
 *     name equals the applicant and the relation's unit is empty, same or similar → certain;
 *     name equals the applicant but the relation's unit is clearly another → suspected (同名, to check);
 *     otherwise the relation's unit same as the school → certain, similar → suspected.
 * The people of an entry are its 申报人 and, by kind, the candidate, the course team or the 完成人
 * (peopleNamed); "applicant" below means any of them.
 * - ownSubmission: the applicant's name equals the expert's name and the units are same or similar → certain;
 *   the same name at a clearly different unit → suspected (同名 is common; someone must look).
 * Names are compared after NFKC without spaces or punctuation (阿依古丽·买买提 = 阿依古丽买买提); an empty
 * applicant, relation name or unit never matches.
 */
export function findConflicts(expert: Expert, submission: Submission, settings: PanelSettings, currentYear: number): Conflict[] {
  const out: Conflict[] = []
  const school = submission.school

  const unitMatch = compareUnits(expert.unit, school)
  const own = unitLevel(unitMatch)
  if (own) {
    out.push({
      level: own,
      rule: 'sameUnit',
      reason: own === 'certain' ? conflictText.sameUnit(expert.unit, school) : conflictText.similarUnit(expert.unit, school),
    })
  }

  const formerFrom = currentYear - settings.formerUnitYears
  for (const f of expert.formerUnits) {
    if (f.to < formerFrom) continue
    const level = unitLevel(compareUnits(f.unit, school))
    if (!level) continue
    const reason = conflictText.formerUnit(f.unit, f.from, f.to, settings.formerUnitYears, school, level === 'certain')
    out.push({ level, rule: 'formerUnit', reason })
  }

  // the people an entry names: the 申报人, the candidate, a course's team, an achievement's 完成人
  const people = peopleNamed(submission).map((n) => ({ name: n, key: compactText(n) })).filter((p) => p.key !== '')
  for (const r of expert.relations) {
    if (!relationInWindow(r, currentYear, settings.relationYears)) continue
    const c = relationConflict(r, people.find((p) => p.key === compactText(r.name)), submission)
    if (c) out.push(c)
  }

  if (people.some((p) => p.key === compactText(expert.name))) {
    out.push(
      unitMatch === 'different'
        ? { level: 'suspected', rule: 'ownSubmission', reason: conflictText.sameNameOtherUnit(expert.name, expert.unit, school) }
        : { level: 'certain', rule: 'ownSubmission', reason: conflictText.ownSubmission(expert.name, expert.unit, school) },
    )
  }
  return out
}

/** Relatives always; others when the year is missing or within the last N years (boundary included). */
export function relationInWindow(r: Relation, currentYear: number, years: number): boolean {
  if (r.kind === 'relative') return true
  return r.year === undefined || r.year >= currentYear - years
}

function relationConflict(r: Relation, person: { name: string } | undefined, s: Submission): Conflict | null {
  const unitMatch: UnitMatch | null = r.unit.trim() === '' ? null : compareUnits(r.unit, s.school)
  if (person) {
    if (unitMatch === null) return { level: 'certain', rule: 'relation', reason: conflictText.relationPerson(r.kind, r.name, r.year, person.name) }
    if (unitMatch !== 'different') {
      return { level: 'certain', rule: 'relation', reason: conflictText.relationPersonAtUnit(r.kind, r.name, r.year, r.unit, s.school) }
    }
    return { level: 'suspected', rule: 'relation', reason: conflictText.relationNameOnly(r.kind, r.name, r.year, r.unit, s.school) }
  }
  const level = unitMatch === null ? null : unitLevel(unitMatch)
  if (!level) return null
  return { level, rule: 'relation', reason: conflictText.relationUnit(r.kind, r.name, r.year, r.unit, s.school, level === 'certain') }
}

// ---- the matrix over a pool and a campaign ----

/** Effective status of a pair after the secretariat's decisions. */
export type PairStatus = 'blocked' | 'suspected' | 'clear'

export interface PairConflicts {
  expertId: ExpertId
  submissionId: SubmissionId
  status: PairStatus
  conflicts: Conflict[]
  decision?: ConflictDecision
  /** what the UI shows: the conflicts' reasons, then the decision if any */
  reasons: string[]
}

/** Only pairs with a conflict or a decision are present; an absent pair is 'clear'. */
export type ConflictMatrix = Record<string, PairConflicts>

/** The key decisions use (Campaign.conflictDecisions): `${expertId}:${submissionId}`. */
export function pairKey(expertId: string, submissionId: string): string {
  return `${expertId}:${submissionId}`
}

/**
 * Effective status per pair:
 * - 'blocked': any certain conflict (a 'noConflict' decision cannot lift it: fix the data instead), any
 *   suspected conflict decided 'conflict', or a 'conflict' decision on a pair where nothing was detected
 *   (the secretariat knows something the data does not);
 * - 'suspected': suspected conflicts and no decision yet;
 * - 'clear': no conflict, or only suspected ones decided 'noConflict'.
 * Decisions for experts or submissions not in the lists are ignored. `declared` holds the experts' own
 * declarations from the 承诺书 (Campaign.declaredConflicts), each a suspected conflict of rule 'declared'.
 */
export function conflictMatrix(
  experts: readonly Expert[],
  submissions: readonly Submission[],
  settings: PanelSettings,
  currentYear: number,
  decisions: Readonly<Record<string, ConflictDecision>> = {},
  declared: Readonly<Record<string, { reason: string }>> = {},
): ConflictMatrix {
  const matrix: ConflictMatrix = {}
  for (const e of experts) {
    for (const s of submissions) {
      const key = pairKey(e.id, s.id)
      const conflicts = findConflicts(e, s, settings, currentYear)
      // the expert's own 回避 declaration in the 承诺书: suspected, for the secretariat to decide (issue 9 item 7)
      const own = declared[key]
      if (own) conflicts.push({ level: 'suspected', rule: 'declared', reason: conflictText.declared(own.reason) })
      const decision = decisions[key]
      if (conflicts.length === 0 && !decision) continue
      const status = pairStatusOf(conflicts, decision)
      const reasons = conflicts.map((c) => c.reason)
      if (decision) reasons.push((decision.decision === 'conflict' ? conflictText.decidedConflict : conflictText.decidedNoConflict)(decision.reason))
      matrix[key] = { expertId: e.id, submissionId: s.id, status, conflicts, ...(decision ? { decision } : {}), reasons }
    }
  }
  return matrix
}

function pairStatusOf(conflicts: readonly Conflict[], decision: ConflictDecision | undefined): PairStatus {
  if (conflicts.some((c) => c.level === 'certain')) return 'blocked'
  if (decision?.decision === 'conflict') return 'blocked'
  if (conflicts.length === 0) return 'clear'
  return decision?.decision === 'noConflict' ? 'clear' : 'suspected'
}

/** The status of one pair; pairs absent from the matrix are 'clear'. */
export function pairStatus(matrix: ConflictMatrix, expertId: string, submissionId: string): PairStatus {
  return matrix[pairKey(expertId, submissionId)]?.status ?? 'clear'
}
