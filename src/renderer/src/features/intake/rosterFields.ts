import type { RosterPreview } from '../../../../core/api/outputs'
import type { RosterMapping } from '../../stores'
import { INTAKE_STRINGS as S } from './strings'

export type RosterField = keyof RosterMapping
export type FieldDef = RosterPreview['fields'][number]

/**
 * The label of a field as the wizard shows it: the core's label for the campaign's kind (姓名, 课程名称,
 * 完成人（按顺序）…); a diagnosis keeps the wizard's long names (申报单位, 专业名称 …).
 */
export function fieldLabel(def: FieldDef, fields: readonly FieldDef[]): string {
  const diagnosis = fields.every((f) => f.field in S.fieldLabels)
  return diagnosis ? S.fieldLabels[def.field as keyof typeof S.fieldLabels] : def.label
}

/** What is missing or doubled in a mapping, before asking the core (which refuses either as a whole). */
export function mappingProblem(
  mapping: RosterMapping,
  fields: readonly FieldDef[],
  text: { missing: (label: string) => string; duplicate: (col: string) => string },
): string | null {
  for (const f of fields) if (f.required && !mapping[f.field]) return text.missing(fieldLabel(f, fields))
  const used = fields.map((f) => mapping[f.field]).filter((c): c is string => !!c)
  const twice = used.find((c, i) => used.indexOf(c) !== i)
  return twice ? text.duplicate(twice) : null
}
