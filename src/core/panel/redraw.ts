import type { Assignment, Expert, PanelSettings, Submission } from '../domain/workspace'
import { autoAssign, type AssignProblem } from './assign'
import type { ConflictMatrix } from './conflicts'
import type { WorkHolder } from './scoredWork'

export interface PlanDrawInput {
  submissions: readonly Submission[]
  experts: readonly Expert[]
  settings: PanelSettings
  matrix: ConflictMatrix
  seed: string
  /** the campaign's panels now */
  current: Readonly<Record<string, Assignment>>
  /** per submission id, who holds saved work on it (scoredWork.ts) */
  holders: ReadonlyMap<string, readonly WorkHolder[]>
  /** keep every current panel (topping up short ones), not only the scored ones */
  keepExisting: boolean
  /** when some submissions cannot get a panel, draw the others and list those */
  partial: boolean
  groupNames?: Readonly<Record<string, string>>
}

export type PlanDrawResult =
  | {
      ok: true
      assignments: Record<string, Assignment>
      /** submissions whose panel was kept exactly because someone on it has saved work */
      kept: string[]
      /** submissions left out of a partial draw, with why; they keep a scored panel, else have none */
      notDrawn: Array<{ submissionId: string; problems: AssignProblem[] }>
      stats: { repairs: number; moves: number }
    }
  | { ok: false; problems: AssignProblem[]; partialPossible: boolean }

/**
 * The panel a scored submission keeps: its current panel when it has one, else (scored before any draw,
 * when every campaign expert may score) the experts holding work on it. Never fewer: a draw must not take
 * a saved or submitted sheet out of the results (issue 9 item 1).
 */
export function scoredPanel(current: Assignment | undefined, holders: readonly WorkHolder[], experts: readonly Expert[]): Assignment {
  if (current) return current
  const known = new Set(experts.map((e) => e.id as string))
  return { expertIds: holders.map((h) => h.expertId).filter((id) => known.has(id)) }
}

/**
 * 重新抽取 that never drops scored work (issue 9 items 1 and 17):
 * 1. every submission with saved work keeps its panel exactly (scoredPanel), counted towards loads and caps;
 * 2. with keepExisting, every other current panel is kept too (short ones topped up);
 * 3. the rest is drawn by autoAssign with the seed.
 * When the draw is infeasible and `partial` is set, the submissions named by the problems are left out and
 * the rest is drawn again with the same seed, until it succeeds (at most once per submission). Problems that
 * name no submission (panel size even, pool too small, total capacity) cannot be solved by leaving
 * submissions out: then nothing is drawn and `partialPossible` is false. A left-out submission keeps a
 * scored panel (untouched, and then not counted towards the caps of this draw) and otherwise has none.
 */
export function planDraw(input: PlanDrawInput): PlanDrawResult {
  const { submissions, experts, current, holders } = input
  const kept = submissions.filter((s) => (holders.get(s.id)?.length ?? 0) > 0).map((s) => s.id as string)
  const existing: Record<string, Assignment> = input.keepExisting ? { ...current } : {}
  for (const id of kept) existing[id] = scoredPanel(current[id], holders.get(id)!, experts)

  const excluded = new Map<string, AssignProblem[]>()
  for (let round = 0; round <= submissions.length; round++) {
    const subs = submissions.filter((s) => !excluded.has(s.id))
    const r = autoAssign({
      submissions: subs,
      experts,
      settings: input.settings,
      matrix: input.matrix,
      seed: input.seed,
      existing,
      keepWhole: new Set(kept),
      groupNames: input.groupNames,
    })
    if (r.ok) {
      const assignments = { ...r.assignments }
      for (const id of excluded.keys()) if (kept.includes(id) && current[id]) assignments[id] = current[id]
      return {
        ok: true,
        assignments,
        kept: kept.filter((id) => !excluded.has(id)),
        notDrawn: [...excluded].map(([submissionId, problems]) => ({ submissionId, problems })),
        stats: r.stats,
      }
    }
    const named = new Set(r.problems.flatMap((p) => (p.submissionId ? [p.submissionId as string] : [])))
    // leaving submissions out helps only when every problem names one, and some submission is left to draw
    const partialPossible = r.problems.every((p) => p.submissionId) && named.size < subs.length
    if (!input.partial || !partialPossible) return { ok: false, problems: r.problems, partialPossible }
    for (const p of r.problems) excluded.set(p.submissionId!, [...(excluded.get(p.submissionId!) ?? []), p])
  }
  return { ok: false, problems: [], partialPossible: false }
}
