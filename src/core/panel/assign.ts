import { submissionLabel } from '../domain/submissionLabel'
import type { Assignment, Expert, PanelSettings, Submission } from '../domain/workspace'
import type { ConflictMatrix } from './conflicts'
import { existingProblems, poolProblems, submissionProblems, type AssignProblem } from './feasibility'
import { assignText } from './messages'
import { buildContext, PanelState } from './panelState'
import { augment, balance } from './repair'
import { seededRandom, seededShuffle } from './seed'

export type { AssignProblem, AssignProblemKind } from './feasibility'
export { canonicalAssignmentHash } from './assignmentHash'

export interface AutoAssignInput {
  submissions: readonly Submission[]
  experts: readonly Expert[]
  settings: PanelSettings
  /** from conflictMatrix(); pairs must be 'clear' to sit together */
  matrix: ConflictMatrix
  /** the 随机抽取 seed, kept in the DrawRecord */
  seed: string
  /** panels already set, by submission id: members are kept (see autoAssign) */
  existing?: Readonly<Record<string, Assignment>>
  /** submission ids whose `existing` panel is kept exactly as it is, even when shorter than size (scored panels, redraw.ts) */
  keepWhole?: ReadonlySet<string>
  /** 协作组 names for messages; an unknown id is shown as the id */
  groupNames?: Readonly<Record<string, string>>
}

export type AutoAssignResult =
  | {
      ok: true
      assignments: Record<string, Assignment>
      /** submissions per expert id, every expert of the pool listed (0 included), kept panels counted */
      load: Record<string, number>
      /** how often the repair step swapped a member, and how many seats balancing moved */
      stats: { repairs: number; moves: number }
    }
  | { ok: false; problems: AssignProblem[] }

/**
 * 分配 / 随机抽取: a panel for every submission (docs/domain/review-kinds.md, "Panel and aggregation rules").
 *
 * Constraints: size members (odd); only 'clear' pairs (blocked never; an undecided suspected pair anywhere
 * in the input stops the draw until the secretariat decides it); ≥ ⌈fieldShare × size⌉ members from the
 * submission's 协作组; ≤ maxPerUnit from one unit (compareUnits 'same', clustered); ≤ expertCap per expert.
 *
 * Procedure, all randomness from one seeded stream (seed.ts), so the same seed and input give the same
 * panels and another seed generally different ones:
 * 1. `existing` panels with ≥ size known members, and those named in `keepWhole`, are kept whole; shorter
 *    ones keep their members and are topped up. Kept members count towards load and caps and are never moved. Unknown expert ids (removed
 *    from the pool) are dropped; `existing` entries for submissions not in the input are ignored.
 * 2. Necessary conditions are checked first (feasibility.ts) and every failing one is reported.
 * 3. Submissions are drawn in a seeded random order. For each: field seats first, then the rest, each time
 *    taking the least-loaded allowed expert with a fresh random tie-break; when a seat cannot be filled, the
 *    bounded repair (repair.ts, augment) frees a capped expert by swapping one of their other seats.
 * 4. Balancing (repair.ts) moves seats from heavier to lighter experts, minimising the maximum load.
 * 5. Chair (组长): among field members the one with the lowest final load, ties to the earlier member; with
 *    no field member, the first member. A kept whole panel keeps its chairId when it is a member.
 */
export function autoAssign(input: AutoAssignInput): AutoAssignResult {
  const { submissions, experts, settings, matrix, seed, existing = {}, groupNames = {}, keepWhole = new Set<string>() } = input
  const rnd = seededRandom(seed)
  const ctx = buildContext(settings, experts, submissions, matrix)
  const state = new PanelState(ctx)
  const label = (s: number) => submissionLabel(submissions[s]!)
  const groupName = (id: string) => groupNames[id] ?? id

  const expertIndex = new Map(experts.map((e, i) => [e.id as string, i]))
  const toDraw: number[] = []
  const keptWhole = new Set<number>()
  submissions.forEach((sub, s) => {
    const known = [...new Set(existing[sub.id]?.expertIds ?? [])].flatMap((id) => expertIndex.get(id) ?? [])
    for (const e of known) state.add(s, e, true)
    if (known.length >= settings.size || keepWhole.has(sub.id)) keptWhole.add(s)
    else toDraw.push(s)
  })

  const check = { state, toDraw, matrix, fieldShare: settings.fieldShare, groupName, label }
  const problems: AssignProblem[] = []
  if (settings.size % 2 === 0) problems.push({ kind: 'evenSize', message: assignText.evenSize(settings.size) })
  problems.push(...poolProblems(check), ...existingProblems(check), ...submissionProblems(check))
  if (problems.length > 0) return { ok: false, problems }

  const order = seededShuffle(experts.map((_e, i) => i), rnd)
  for (const s of seededShuffle(toDraw, rnd)) {
    const problem = drawOne(state, s, rnd, order, groupName(submissions[s]!.groupId))
    if (problem) problems.push({ kind: 'unsolved', submissionId: submissions[s]!.id, message: assignText.unsolved(label(s), problem) })
  }
  if (problems.length > 0) return { ok: false, problems }

  balance(state, order, submissions.length * settings.size)

  const assignments: Record<string, Assignment> = {}
  submissions.forEach((sub, s) => {
    const expertIds = state.panels[s]!.map((e) => experts[e]!.id)
    const kept = existing[sub.id]?.chairId
    const chair = keptWhole.has(s) && kept && expertIds.includes(kept) ? kept : experts[chairOf(state, s)]?.id
    assignments[sub.id] = chair ? { expertIds, chairId: chair } : { expertIds }
  })
  const load: Record<string, number> = {}
  experts.forEach((e, i) => (load[e.id] = state.load[i]!))
  return { ok: true, assignments, load, stats: { repairs: state.repairs, moves: state.moves } }
}

/**
 * Fills one panel; returns null when complete, otherwise what is missing (Chinese, for the message).
 * Candidates are sorted by (load, fresh random key) once: seating an expert removes them from the
 * candidates, so the order stays valid for the rest of this panel.
 */
function drawOne(state: PanelState, s: number, rnd: () => number, order: readonly number[], group: string): string | null {
  const { ctx } = state
  const key = ctx.experts.map(() => rnd())
  const candidates = ctx.experts.map((_e, i) => i).sort((a, b) => state.load[a]! - state.load[b]! || key[a]! - key[b]!)
  const panel = state.panels[s]!

  for (const e of candidates) {
    if (state.fieldCount(s) >= ctx.need) break
    if (state.isField(s, e) && state.canAdd(s, e)) state.add(s, e)
  }
  while (state.fieldCount(s) < ctx.need) {
    if (!augment(state, s, (e) => state.isField(s, e), order)) return assignText.unsolvedField(group, state.fieldCount(s), ctx.need)
  }
  for (const e of candidates) {
    if (panel.length >= ctx.size) break
    if (state.canAdd(s, e)) state.add(s, e)
  }
  while (panel.length < ctx.size) {
    if (!augment(state, s, () => true, order)) return assignText.unsolvedSize(panel.length, ctx.size)
  }
  return null
}

function chairOf(state: PanelState, s: number): number {
  const panel = state.panels[s]!
  const field = panel.filter((e) => state.isField(s, e))
  if (field.length === 0) return panel[0] ?? -1
  return field.reduce((best, e) => (state.load[e]! < state.load[best]! ? e : best))
}
