import type { IndicatorCode } from '../../../../../core/domain/ids'
import { round } from '../../../../../core/util/round'
import { newUid, type DraftDimension, type DraftIndicator, type DraftRubric } from '../../../stores'
import { RUBRIC_STRINGS as S } from '../strings'

/**
 * Pure edits of the editor's draft: each returns a new draft (the store compares it with the saved
 * rubric to know whether anything changed). Items are named by uid, never by code, since codes are
 * being edited too.
 */

export type Located =
  | { kind: 'dimension'; dim: DraftDimension; di: number }
  | { kind: 'indicator'; dim: DraftDimension; di: number; ind: DraftIndicator; ii: number }

export function locate(r: DraftRubric, uid: string | undefined): Located | null {
  if (!uid) return null
  for (const [di, dim] of r.dimensions.entries()) {
    if (dim.uid === uid) return { kind: 'dimension', dim, di }
    const ii = dim.indicators.findIndex((i) => i.uid === uid)
    if (ii >= 0) return { kind: 'indicator', dim, di, ind: dim.indicators[ii]!, ii }
  }
  return null
}

/** Sum of points, four decimals (as the core compares them). */
export function sumPoints(items: readonly { points: number }[]): number {
  return round(
    items.reduce((s, i) => s + (Number.isFinite(i.points) ? i.points : 0), 0),
    4,
  )
}

export function indicatorCount(r: DraftRubric): number {
  return r.dimensions.reduce((n, d) => n + d.indicators.length, 0)
}

export function patchDimension(r: DraftRubric, uid: string, patch: Partial<Omit<DraftDimension, 'uid' | 'indicators'>>): DraftRubric {
  return { ...r, dimensions: r.dimensions.map((d) => (d.uid === uid ? { ...d, ...patch } : d)) }
}

export function patchIndicator(r: DraftRubric, uid: string, patch: Partial<Omit<DraftIndicator, 'uid'>>): DraftRubric {
  return {
    ...r,
    dimensions: r.dimensions.map((d) =>
      d.indicators.some((i) => i.uid === uid) ? { ...d, indicators: d.indicators.map((i) => (i.uid === uid ? { ...i, ...patch } : i)) } : d,
    ),
  }
}

function allCodes(r: DraftRubric): Set<string> {
  return new Set(r.dimensions.flatMap((d) => [d.code, ...d.indicators.map((i) => i.code as string)]))
}

/** The first free code of the form prefix + n (n = start, start + 1, …). */
function freeCode(taken: Set<string>, prefix: string, start: number): string {
  let n = start
  while (taken.has(`${prefix}${n}`)) n += 1
  return `${prefix}${n}`
}

function newIndicator(code: string, points: number): DraftIndicator {
  return {
    uid: newUid('i'),
    code: code as IndicatorCode,
    name: S.newIndicatorName,
    points,
    key: false,
    scale: 'levels',
    descriptors: { A: '', B: '', C: '', D: '' },
    observationPoints: [],
  }
}

/**
 * A new 一级指标 at the end, worth what the 一级 still lack of the total (else 10), with one 二级
 * worth the same, so the draft stays well-formed and the totals still tell what is missing.
 */
export function addDimension(r: DraftRubric): { rubric: DraftRubric; uid: string } {
  const taken = allCodes(r)
  const code = freeCode(taken, '', r.dimensions.length + 1)
  const left = round(r.total - sumPoints(r.dimensions), 4)
  const points = left > 0 ? left : 10
  const dim: DraftDimension = { uid: newUid('d'), code, name: S.newDimensionName, points, indicators: [newIndicator(`${code}.1`, points)] }
  return { rubric: { ...r, dimensions: [...r.dimensions, dim] }, uid: dim.uid }
}

/** A new 二级指标 at the end of a 一级, worth what the 一级 still lacks (else 1). */
export function addIndicator(r: DraftRubric, dimUid: string): { rubric: DraftRubric; uid: string } {
  const at = locate(r, dimUid)
  if (!at) return { rubric: r, uid: dimUid }
  const dim = at.dim
  const left = round(dim.points - sumPoints(dim.indicators), 4)
  const ind = newIndicator(freeCode(allCodes(r), `${dim.code}.`, dim.indicators.length + 1), left > 0 ? left : 1)
  return { rubric: patchDimensionIndicators(r, dim.uid, [...dim.indicators, ind]), uid: ind.uid }
}

function patchDimensionIndicators(r: DraftRubric, dimUid: string, indicators: DraftIndicator[]): DraftRubric {
  return { ...r, dimensions: r.dimensions.map((d) => (d.uid === dimUid ? { ...d, indicators } : d)) }
}

/** Whether an item may be deleted: the schema needs ≥ 1 一级 and ≥ 1 二级 under each. */
export function canRemove(r: DraftRubric, uid: string): boolean {
  const at = locate(r, uid)
  if (!at) return false
  return at.kind === 'dimension' ? r.dimensions.length > 1 : at.dim.indicators.length > 1
}

/** Deletes an item; answers the uid to select next (a neighbour, or the parent). */
export function removeItem(r: DraftRubric, uid: string): { rubric: DraftRubric; select?: string } {
  const at = locate(r, uid)
  if (!at || !canRemove(r, uid)) return { rubric: r }
  if (at.kind === 'dimension') {
    const dimensions = r.dimensions.filter((d) => d.uid !== uid)
    return { rubric: { ...r, dimensions }, select: dimensions[Math.min(at.di, dimensions.length - 1)]?.uid }
  }
  const indicators = at.dim.indicators.filter((i) => i.uid !== uid)
  return { rubric: patchDimensionIndicators(r, at.dim.uid, indicators), select: indicators[Math.min(at.ii, indicators.length - 1)]?.uid }
}

/**
 * Moves an item one place up (-1) or down (+1). A 二级指标 at the edge of its 一级 moves into the
 * neighbouring 一级 (to its end going up, its start going down), as long as its own 一级 keeps one.
 */
export function moveItem(r: DraftRubric, uid: string, dir: -1 | 1): DraftRubric {
  const at = locate(r, uid)
  if (!at) return r
  if (at.kind === 'dimension') {
    const to = at.di + dir
    if (to < 0 || to >= r.dimensions.length) return r
    const dimensions = [...r.dimensions]
    ;[dimensions[at.di], dimensions[to]] = [dimensions[to]!, dimensions[at.di]!]
    return { ...r, dimensions }
  }
  const to = at.ii + dir
  if (to >= 0 && to < at.dim.indicators.length) {
    const indicators = [...at.dim.indicators]
    ;[indicators[at.ii], indicators[to]] = [indicators[to]!, indicators[at.ii]!]
    return patchDimensionIndicators(r, at.dim.uid, indicators)
  }
  const neighbour = r.dimensions[at.di + dir]
  if (!neighbour || at.dim.indicators.length < 2) return r
  const without = patchDimensionIndicators(r, at.dim.uid, at.dim.indicators.filter((i) => i.uid !== uid))
  const into = dir < 0 ? [...neighbour.indicators, at.ind] : [at.ind, ...neighbour.indicators]
  return patchDimensionIndicators(without, neighbour.uid, into)
}

export function canMove(r: DraftRubric, uid: string, dir: -1 | 1): boolean {
  return moveItem(r, uid, dir) !== r
}

/** Replaces one element of a list field (vetoes, eligibility, grade bands, …). */
export function replaceAt<T>(list: readonly T[], index: number, patch: Partial<T>): T[] {
  return list.map((x, i) => (i === index ? { ...x, ...patch } : x))
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index)
}

/** A code not used by any item of the list: prefix + n. */
export function nextListCode(list: readonly { code: string }[], prefix: string): string {
  return freeCode(new Set(list.map((x) => x.code)), prefix, list.length + 1)
}
