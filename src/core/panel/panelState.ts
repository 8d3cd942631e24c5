import type { Expert, PanelSettings, Submission } from '../domain/workspace'
import { pairStatus, type ConflictMatrix } from './conflicts'
import { compareUnits } from './unitName'

/**
 * The working state of a draw: panels as expert indices, loads, and the constraint checks every step uses
 * (docs/domain/review-kinds.md, "Panel and aggregation rules"):
 * - only 'clear' pairs may sit together (blocked and undecided suspected pairs never);
 * - at most maxPerUnit members of one unit, where units are clusters of experts whose units compare 'same'
 *   (compareUnits; joined transitively, so A≈B and B≈C make one unit);
 * - at most expertCap submissions per expert (Infinity when null), counting kept panels;
 * - at least `need` = ⌈fieldShare × size⌉ members whose groupIds include the submission's group.
 */
export interface DrawContext {
  size: number
  need: number
  maxPerUnit: number
  cap: number
  experts: readonly Expert[]
  subs: readonly Submission[]
  /** unit cluster per expert index */
  unitOf: Int32Array
  /** clear[s * m + e] = 1 when expert e may judge submission s */
  clear: Uint8Array
  /** field[s * m + e] = 1 when expert e is in submission s's 协作组 */
  field: Uint8Array
}

/** ⌈share × size⌉, robust to 2/3 × 6 = 3.9999999999999996 in floating point; never more than size. */
export function fieldNeed(settings: Pick<PanelSettings, 'fieldShare' | 'size'>): number {
  return Math.min(settings.size, Math.max(0, Math.ceil(settings.fieldShare * settings.size - 1e-9)))
}

/** Union–find over the experts' units with compareUnits(...) === 'same'. */
export function unitClusters(experts: readonly Expert[]): Int32Array {
  const parent = Int32Array.from(experts.keys())
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  for (let a = 0; a < experts.length; a++) {
    for (let b = a + 1; b < experts.length; b++) {
      if (find(a) !== find(b) && compareUnits(experts[a]!.unit, experts[b]!.unit) === 'same') parent[find(b)] = find(a)
    }
  }
  return Int32Array.from(experts.keys(), (i) => find(i))
}

export function buildContext(
  settings: PanelSettings,
  experts: readonly Expert[],
  subs: readonly Submission[],
  matrix: ConflictMatrix,
): DrawContext {
  const m = experts.length
  const clear = new Uint8Array(subs.length * m)
  const field = new Uint8Array(subs.length * m)
  subs.forEach((s, si) => {
    experts.forEach((e, ei) => {
      clear[si * m + ei] = pairStatus(matrix, e.id, s.id) === 'clear' ? 1 : 0
      field[si * m + ei] = e.groupIds.includes(s.groupId) ? 1 : 0
    })
  })
  return {
    size: settings.size,
    need: fieldNeed(settings),
    maxPerUnit: settings.maxPerUnit,
    cap: settings.expertCap ?? Infinity,
    experts,
    subs,
    unitOf: unitClusters(experts),
    clear,
    field,
  }
}

export class PanelState {
  readonly panels: number[][]
  /** per submission: how many leading members are fixed (kept from `existing`, never moved) */
  readonly fixedCount: number[]
  readonly load: number[]
  /** per expert: submissions where the expert holds a movable seat */
  readonly seats: Set<number>[]
  repairs = 0
  moves = 0

  constructor(readonly ctx: DrawContext) {
    this.panels = ctx.subs.map(() => [])
    this.fixedCount = ctx.subs.map(() => 0)
    this.load = ctx.experts.map(() => 0)
    this.seats = ctx.experts.map(() => new Set<number>())
  }

  isClear(s: number, e: number): boolean {
    return this.ctx.clear[s * this.ctx.experts.length + e] === 1
  }

  isField(s: number, e: number): boolean {
    return this.ctx.field[s * this.ctx.experts.length + e] === 1
  }

  fieldCount(s: number): number {
    return this.panels[s]!.filter((e) => this.isField(s, e)).length
  }

  unitCount(s: number, e: number): number {
    const u = this.ctx.unitOf[e]
    return this.panels[s]!.filter((x) => this.ctx.unitOf[x] === u).length
  }

  /** e may join s now: clear, not already on it, below the cap, and its unit below maxPerUnit on s. */
  canAdd(s: number, e: number): boolean {
    return this.isClear(s, e) && !this.panels[s]!.includes(e) && this.load[e]! < this.ctx.cap && this.unitCount(s, e) < this.ctx.maxPerUnit
  }

  /** Seats e on s; `fixed` seats come from `existing` and are never moved by repair or balancing. */
  add(s: number, e: number, fixed = false): void {
    this.panels[s]!.push(e)
    this.load[e]!++
    if (fixed) this.fixedCount[s]!++
    else this.seats[e]!.add(s)
  }

  /**
   * f may take e's movable seat on the complete panel s without breaking anything: f clear for s, not on s,
   * below the cap (unless `capFreed`: f gives up another seat in the same move); f's unit stays within
   * maxPerUnit once e has left; the field quota still holds.
   */
  canReplace(s: number, e: number, f: number, capFreed = false): boolean {
    if (e === f || !this.seats[e]!.has(s) || !this.isClear(s, f) || this.panels[s]!.includes(f)) return false
    if (!capFreed && this.load[f]! >= this.ctx.cap) return false
    const sameUnit = this.ctx.unitOf[e] === this.ctx.unitOf[f] ? 1 : 0
    if (this.unitCount(s, f) - sameUnit >= this.ctx.maxPerUnit) return false
    const field = this.fieldCount(s) - (this.isField(s, e) ? 1 : 0) + (this.isField(s, f) ? 1 : 0)
    return field >= Math.min(this.ctx.need, this.fieldCount(s))
  }

  replace(s: number, e: number, f: number): void {
    const panel = this.panels[s]!
    panel[panel.indexOf(e)] = f
    this.load[e]!--
    this.load[f]!++
    this.seats[e]!.delete(s)
    this.seats[f]!.add(s)
  }
}
