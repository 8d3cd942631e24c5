import { REVIEW_KIND_LABELS, type Rubric } from '../../../../../core/domain/rubric'
import { allIndicators } from '../../../../../core/rubric/indicators'
import { RUBRIC_STRINGS as S } from '../strings'

export interface DiffRow {
  key: string
  field: string
  current: string
  imported: string
  changed: boolean
}

export interface RubricDiff {
  rows: DiffRow[]
  /** 二级指标 codes only in the file / only in the campaign */
  added: string[]
  removed: string[]
  /** 二级指标 in both whose points differ: "2.1 5→6" */
  changedPoints: string[]
  identical: boolean
}

/** What applying an imported rubric would change, in the counts a secretary checks first. */
export function rubricDiff(current: Rubric, imported: Rubric): RubricDiff {
  const cur = allIndicators(current)
  const imp = allIndicators(imported)
  const row = (key: string, field: string, a: string | number, b: string | number): DiffRow => ({
    key,
    field,
    current: String(a),
    imported: String(b),
    changed: String(a) !== String(b),
  })
  const rows = [
    row('name', S.fieldName, current.name, imported.name),
    row('kind', S.fieldKind, REVIEW_KIND_LABELS[current.kind], REVIEW_KIND_LABELS[imported.kind]),
    row('dims', S.fieldDims, current.dimensions.length, imported.dimensions.length),
    row('inds', S.fieldInds, cur.length, imp.length),
    row('total', S.fieldTotal, current.total, imported.total),
    row('keys', S.fieldKeys, cur.filter((i) => i.key).length, imp.filter((i) => i.key).length),
    row('vetoes', S.fieldVetoes, current.vetoes.length, imported.vetoes.length),
    row('elig', S.fieldElig, current.eligibility.length, imported.eligibility.length),
    row('bonus', S.fieldBonus, current.bonus?.items.length ?? 0, imported.bonus?.items.length ?? 0),
    row('awards', S.fieldAwards, current.awardLevels.length, imported.awardLevels.length),
  ]
  const curBy = new Map(cur.map((i) => [i.code as string, i]))
  const impBy = new Map(imp.map((i) => [i.code as string, i]))
  const added = imp.filter((i) => !curBy.has(i.code)).map((i) => `${i.code} ${i.name}`)
  const removed = cur.filter((i) => !impBy.has(i.code)).map((i) => `${i.code} ${i.name}`)
  const changedPoints = imp
    .filter((i) => curBy.has(i.code) && curBy.get(i.code)!.points !== i.points)
    .map((i) => `${i.code} ${curBy.get(i.code)!.points}→${i.points}`)
  const strip = (r: Rubric) => JSON.stringify({ ...r, id: '', version: 0 })
  return { rows, added, removed, changedPoints, identical: strip(current) === strip(imported) }
}
