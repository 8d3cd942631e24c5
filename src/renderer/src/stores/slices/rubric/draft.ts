import type { Dimension, Indicator, Rubric } from '../../../../../core/domain/rubric'

/**
 * The editor's working copy of a rubric: the same shape with a stable `uid` on every 一级 and 二级
 * 指标, so selection, React keys and problem locations survive while codes are being retyped or
 * items moved. The uids never leave the renderer (fromDraft strips them).
 */
export type DraftIndicator = Indicator & { uid: string }
export type DraftDimension = Omit<Dimension, 'indicators'> & { uid: string; indicators: DraftIndicator[] }
export type DraftRubric = Omit<Rubric, 'dimensions'> & { dimensions: DraftDimension[] }

let uidCounter = 0

/** A uid unique in this window ("d12", "i13"). */
export function newUid(prefix: 'd' | 'i'): string {
  uidCounter += 1
  return `${prefix}${uidCounter}`
}

export function toDraft(rubric: Rubric): DraftRubric {
  return {
    ...rubric,
    dimensions: rubric.dimensions.map((d) => ({
      ...d,
      uid: newUid('d'),
      indicators: d.indicators.map((i) => ({ ...i, uid: newUid('i') })),
    })),
  }
}

/** The rubric as the core reads it: the draft without its uids (key order kept, so JSON compares). */
export function fromDraft(draft: DraftRubric): Rubric {
  return {
    ...draft,
    dimensions: draft.dimensions.map(({ uid: _d, indicators, ...d }) => ({
      ...d,
      indicators: indicators.map(({ uid: _i, ...i }) => i),
    })),
  }
}

/** Same content: what a save would change nothing of. */
export function sameRubric(a: Rubric, b: Rubric): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
