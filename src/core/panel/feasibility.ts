import { submissionLabel } from '../domain/submissionLabel'
import type { ExpertId, SubmissionId } from '../domain/ids'
import { pairKey, type ConflictMatrix } from './conflicts'
import { assignText } from './messages'
import type { PanelState } from './panelState'

/**
 * Why a draw cannot run, said in Chinese per submission where it is about one submission. The checks here
 * are necessary conditions, tested before drawing so the secretariat gets every reason at once:
 * - evenSize: the panel size must be odd (docs/domain/review-kinds.md: 5 or 7);
 * - tooFewExperts: fewer experts in the pool than the panel size;
 * - undecidedConflict: a suspected 回避 not yet decided — the draw never decides it silently;
 * - existingBlocked: a kept member (from `existing`) is blocked for that submission;
 * - capacity: with expertCap, the pool's remaining capacity is below the seats to fill;
 * - groupCapacity: with expertCap, one 协作组's experts cannot cover its submissions' field seats;
 * - fewAvailable / fewField: not enough clear experts, or clear field experts, for one submission;
 * - unitLimited / fieldUnitLimited: enough experts, but maxPerUnit per unit leaves too few;
 * - unsolved: the draw (with its repair step) still could not complete a panel.
 */
export type AssignProblemKind =
  | 'evenSize'
  | 'tooFewExperts'
  | 'undecidedConflict'
  | 'existingBlocked'
  | 'capacity'
  | 'groupCapacity'
  | 'fewAvailable'
  | 'fewField'
  | 'unitLimited'
  | 'fieldUnitLimited'
  | 'unsolved'

export interface AssignProblem {
  kind: AssignProblemKind
  submissionId?: SubmissionId
  expertId?: ExpertId
  message: string
}

export interface FeasibilityInput {
  state: PanelState
  /** submission indices still to draw (not kept whole from `existing`) */
  toDraw: readonly number[]
  matrix: ConflictMatrix
  fieldShare: number
  groupName: (groupId: string) => string
  label: (s: number) => string
}

/** Pool-wide checks on the experts and capacity. */
export function poolProblems({ state, toDraw, matrix, groupName }: FeasibilityInput): AssignProblem[] {
  const { ctx } = state
  const out: AssignProblem[] = []
  const m = ctx.experts.length
  if (m < ctx.size) out.push({ kind: 'tooFewExperts', message: assignText.tooFewExperts(m, ctx.size) })

  const subIndex = new Map(ctx.subs.map((s, i) => [s.id as string, i]))
  const expertIndex = new Map(ctx.experts.map((e, i) => [e.id as string, i]))
  for (const p of Object.values(matrix)) {
    const s = subIndex.get(p.submissionId)
    const e = expertIndex.get(p.expertId)
    if (p.status !== 'suspected' || s === undefined || e === undefined) continue
    const ex = ctx.experts[e]!
    out.push({
      kind: 'undecidedConflict',
      submissionId: p.submissionId,
      expertId: p.expertId,
      message: assignText.undecided(ex.name, ex.unit, submissionLabel(ctx.subs[s]!), p.reasons),
    })
  }

  if (ctx.cap !== Infinity) {
    const spare = (e: number) => Math.max(0, ctx.cap - state.load[e]!)
    const total = ctx.experts.reduce((sum, _e, i) => sum + spare(i), 0)
    const seats = toDraw.reduce((sum, s) => sum + Math.max(0, ctx.size - state.panels[s]!.length), 0)
    if (total < seats) out.push({ kind: 'capacity', message: assignText.capacity(ctx.cap, total, seats) })

    const byGroup = new Map<string, number[]>()
    for (const s of toDraw) byGroup.set(ctx.subs[s]!.groupId, [...(byGroup.get(ctx.subs[s]!.groupId) ?? []), s])
    for (const [group, subs] of byGroup) {
      const members = ctx.experts.map((_e, i) => i).filter((i) => ctx.experts[i]!.groupIds.some((g) => g === group))
      const cap = members.reduce((sum, i) => sum + spare(i), 0)
      const needed = subs.reduce((sum, s) => sum + Math.max(0, ctx.need - state.fieldCount(s)), 0)
      if (cap < needed) {
        out.push({ kind: 'groupCapacity', message: assignText.groupCapacity(groupName(group), members.length, ctx.cap, cap, subs.length, needed) })
      }
    }
  }
  return out
}

/** Kept members (from `existing`) who are blocked for their submission, whether the panel is topped up or kept whole. */
export function existingProblems({ state, matrix, label }: FeasibilityInput): AssignProblem[] {
  const { ctx } = state
  const out: AssignProblem[] = []
  ctx.subs.forEach((sub, s) => {
    for (const e of state.panels[s]!) {
      const ex = ctx.experts[e]!
      const pair = matrix[pairKey(ex.id, sub.id)]
      if (pair?.status !== 'blocked') continue
      const message = assignText.existingBlocked(label(s), ex.name, pair.reasons)
      out.push({ kind: 'existingBlocked', submissionId: sub.id, expertId: ex.id, message })
    }
  })
  return out
}

/** Σ over unit clusters of min(members, maxPerUnit): the most members the unit rule lets onto one panel. */
function reachable(state: PanelState, experts: readonly number[]): number {
  const perUnit = new Map<number, number>()
  for (const e of experts) perUnit.set(state.ctx.unitOf[e]!, (perUnit.get(state.ctx.unitOf[e]!) ?? 0) + 1)
  let sum = 0
  for (const n of perUnit.values()) sum += Math.min(n, state.ctx.maxPerUnit)
  return sum
}

/** Per-submission checks: enough clear experts, enough clear field experts, and enough distinct units. */
export function submissionProblems({ state, toDraw, fieldShare, groupName, label }: FeasibilityInput): AssignProblem[] {
  const { ctx } = state
  const out: AssignProblem[] = []
  const all = ctx.experts.map((_e, i) => i)
  // a pool smaller than the panel is already reported once (tooFewExperts); not again per submission
  const poolTooSmall = all.length < ctx.size
  for (const s of toDraw) {
    const sub = ctx.subs[s]!
    const base = { submissionId: sub.id }
    const clear = all.filter((e) => state.isClear(s, e))
    const clearField = clear.filter((e) => state.isField(s, e))
    if (poolTooSmall) {
      // reported by poolProblems
    } else if (clear.length < ctx.size) {
      out.push({ ...base, kind: 'fewAvailable', message: assignText.fewAvailable(label(s), clear.length, ctx.size) })
    } else if (reachable(state, clear) < ctx.size) {
      out.push({ ...base, kind: 'unitLimited', message: assignText.unitLimited(label(s), ctx.maxPerUnit, reachable(state, clear), ctx.size) })
    }
    const group = groupName(sub.groupId)
    if (clearField.length < ctx.need) {
      out.push({ ...base, kind: 'fewField', message: assignText.fewField(label(s), group, clearField.length, ctx.need, ctx.size, fieldShare) })
    } else if (reachable(state, clearField) < ctx.need) {
      out.push({ ...base, kind: 'fieldUnitLimited', message: assignText.fieldUnitLimited(label(s), group, ctx.maxPerUnit, reachable(state, clearField), ctx.need) })
    }
  }
  return out
}
