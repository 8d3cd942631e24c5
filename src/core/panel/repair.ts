import type { PanelState } from './panelState'

/**
 * Two bounded improvement steps after the greedy draw.
 *
 * augment — when submission s cannot get a member matching `wanted` (a field expert for the quota, or anyone
 * for the size) because every such expert is at the cap: find such an expert e who could sit on s (clear, unit
 * room on s) and a panel s2 where e holds a movable seat that another expert f with spare capacity can take
 * (PanelState.canReplace: clear, unit room, field quota kept). Then f replaces e on s2 and e joins s.
 * This is an augmenting path of length one: it solves the usual case (field experts used up on free seats of
 * other groups' panels) without open-ended search; longer chains are not tried, so a very tight instance
 * may still be reported as unsolved, with the reason.
 *
 * balance — minimises the spread of loads: while some expert e has load ≥ load(f) + 2 and f can take one
 * of e's movable seats, move it; when no direct move exists, try a chain of two: g takes e's seat on s1
 * and f takes g's seat on another panel s2 (g's load is unchanged). Each move lowers Σ load² by at least 2,
 * so it ends; load only moves from e to a lighter f, so the maximum never rises and caps are never
 * exceeded. The result has max − min ≤ 1 unless the field, unit or conflict constraints pin the difference
 * beyond what chains of two can undo.
 *
 * Both walk experts in `order` (a seeded random permutation) within equal loads, so the draw stays
 * reproducible from its seed.
 */

/** Experts by load ascending, ties in the seeded order. */
function byLoad(state: PanelState, order: readonly number[]): number[] {
  return [...order].sort((a, b) => state.load[a]! - state.load[b]!)
}

export function augment(state: PanelState, s: number, wanted: (e: number) => boolean, order: readonly number[]): boolean {
  const { ctx } = state
  const candidates = byLoad(state, order).filter(
    (e) => wanted(e) && state.isClear(s, e) && !state.panels[s]!.includes(e) && state.unitCount(s, e) < ctx.maxPerUnit,
  )
  for (const e of candidates) {
    if (state.load[e]! < ctx.cap) {
      state.add(s, e)
      return true
    }
  }
  const spare = byLoad(state, order).filter((f) => state.load[f]! < ctx.cap)
  for (const e of candidates) {
    for (const s2 of state.seats[e]!) {
      if (s2 === s) continue
      const f = spare.find((x) => state.canReplace(s2, e, x))
      if (f === undefined) continue
      state.replace(s2, e, f)
      state.add(s, e)
      state.repairs++
      return true
    }
  }
  return false
}

/** Moves seats from heavier to lighter experts until no move of a difference ≥ 2 is possible. */
export function balance(state: PanelState, order: readonly number[], maxMoves: number): void {
  for (let moves = 0; moves < maxMoves; moves++) {
    if (!balanceStep(state, order)) return
  }
}

function balanceStep(state: PanelState, order: readonly number[]): boolean {
  const asc = byLoad(state, order)
  const minLoad = state.load[asc[0]!]!
  const heavy = [...asc].reverse().filter((e) => state.load[e]! >= minLoad + 2)
  const lighter = (e: number) => asc.filter((f) => state.load[f]! <= state.load[e]! - 2)
  for (const e of heavy) {
    for (const f of lighter(e)) {
      for (const s of state.seats[e]!) {
        if (!state.canReplace(s, e, f)) continue
        state.replace(s, e, f)
        state.moves++
        return true
      }
    }
  }
  for (const e of heavy) {
    const fs = lighter(e)
    for (const s1 of state.seats[e]!) {
      for (const g of asc) {
        if (fs.includes(g) || !state.canReplace(s1, e, g, true)) continue
        for (const s2 of state.seats[g]!) {
          if (s2 === s1) continue
          const f = fs.find((x) => state.canReplace(s2, g, x))
          if (f === undefined) continue
          state.replace(s2, g, f)
          state.replace(s1, e, g)
          state.moves++
          return true
        }
      }
    }
  }
  return false
}
