import type { RosterMapping } from '../../stores'

export type RosterField = keyof RosterMapping

/** The roster's fields in the order the wizard asks for them; the first three are required. */
export const ROSTER_FIELDS: readonly RosterField[] = ['school', 'program', 'group', 'applicant']
export const REQUIRED_FIELDS: readonly RosterField[] = ['school', 'program', 'group']

/** What is missing or doubled in a mapping, before asking the core (which refuses either as a whole). */
export function mappingProblem(
  mapping: RosterMapping,
  label: (f: RosterField) => string,
  text: { missing: (label: string) => string; duplicate: (col: string) => string },
): string | null {
  for (const f of REQUIRED_FIELDS) if (!mapping[f]) return text.missing(label(f))
  const used = ROSTER_FIELDS.map((f) => mapping[f]).filter((c): c is string => !!c)
  const twice = used.find((c, i) => used.indexOf(c) !== i)
  return twice ? text.duplicate(twice) : null
}
