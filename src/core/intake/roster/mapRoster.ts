import type { GroupId } from '../../domain/ids'
import type { CollaborationGroup, Submission } from '../../domain/workspace'
import { intakeError } from '../intakeError'
import { MSG } from '../messages'
import { isDateHeader, parseDateText } from './dates'
import type { RosterProblem, RosterTable } from './types'

export type RosterField = 'school' | 'program' | 'group' | 'applicant'
/** field → header. school, program and group are required; applicant may be '' (not in the file). */
export type RosterMapping = Record<RosterField, string>

export interface MappedRosterRow {
  row: number
  fields: {
    school: string
    program: string
    groupId: GroupId
    applicant: string
    /** unmapped columns with a value, as they were (null prototype) */
    extra: Record<string, string>
  }
}

export interface RosterMapResult {
  valid: MappedRosterRow[]
  /** sorted by row; a row with any problem is not in `valid` */
  problems: RosterProblem[]
}

/** Lengths of SubmissionSchema (domain/workspace.ts), checked here so the user sees them per row. */
const MAX = { school: 80, program: 80, applicant: 40 } as const
const REQUIRED: readonly RosterField[] = ['school', 'program', 'group']

/** The identity of a submission for duplicates: NFKC (full-width brackets = half-width), no spaces. */
export function submissionKey(school: string, program: string): string {
  const k = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')
  return `${k(school)}\u0000${k(program)}`
}

/**
 * Turns roster rows into submission fields, with a problem per row and column for everything a
 * person must fix before the import (docs/design/hostile-inputs.md: "row and column in every error"):
 * - school, program and 协作组 must not be empty, nor longer than the submission schema allows;
 * - the 协作组 must equal a group's name or id (NFC, trimmed); otherwise the message lists the valid names;
 * - the same school + program twice in the file marks both rows; one already among `existing` marks the row;
 * - a column named like a date (申报日期) must hold a date (dates.ts);
 * - unmapped columns go to `extra` (null-prototype object, so a "__proto__" header stays a plain key).
 * A mapping naming a missing header, or one header for two fields, is refused as a whole (ROSTER_MAPPING).
 */
export function mapRoster(
  table: RosterTable,
  mapping: RosterMapping,
  groups: readonly CollaborationGroup[],
  existing: ReadonlyArray<Pick<Submission, 'school' | 'program'>>,
): RosterMapResult {
  checkMapping(table, mapping)
  const label = MSG.map.fieldLabel
  const mapped = new Set(Object.values(mapping).filter((h) => h !== ''))
  const groupOf = new Map<string, GroupId>()
  for (const g of groups) {
    groupOf.set(g.id.normalize('NFC').trim(), g.id)
    groupOf.set(g.name.normalize('NFC').trim(), g.id)
  }
  const existingKeys = new Set(existing.map((s) => submissionKey(s.school, s.program)))
  const firstRowOf = new Map<string, number>()
  const problems: RosterProblem[] = []
  const bad = new Set<number>()
  const add = (row: number, column: string, message: string) => {
    problems.push({ row, column, message })
    bad.add(row)
  }
  const candidates: MappedRosterRow[] = []

  for (const r of table.rows) {
    const get = (h: string) => (h === '' ? '' : (r.cells[h] ?? '').normalize('NFC').trim())
    const school = get(mapping.school)
    const program = get(mapping.program)
    const groupText = get(mapping.group)
    const applicant = get(mapping.applicant)
    for (const f of REQUIRED) if (get(mapping[f]) === '') add(r.row, mapping[f], MSG.map.required(label[f]))
    if (school.length > MAX.school) add(r.row, mapping.school, MSG.map.tooLong(label.school, MAX.school))
    if (program.length > MAX.program) add(r.row, mapping.program, MSG.map.tooLong(label.program, MAX.program))
    if (applicant.length > MAX.applicant) add(r.row, mapping.applicant, MSG.map.tooLong(label.applicant, MAX.applicant))
    const groupId = groupText === '' ? undefined : groupOf.get(groupText)
    if (groupText !== '' && groupId === undefined) add(r.row, mapping.group, MSG.map.unknownGroup(groupText, groups.map((g) => g.name)))

    const extra = Object.create(null) as Record<string, string>
    for (const h of table.headers) {
      const v = r.cells[h] ?? ''
      if (isDateHeader(h) && v !== '' && parseDateText(v) === undefined) add(r.row, h, MSG.map.badDate(v))
      if (!mapped.has(h) && v !== '') extra[h] = v
    }

    if (school !== '' && program !== '') {
      const key = submissionKey(school, program)
      const first = firstRowOf.get(key)
      if (first === undefined) firstRowOf.set(key, r.row)
      else {
        add(first, mapping.school, MSG.map.duplicateInFile(r.row))
        add(r.row, mapping.school, MSG.map.duplicateInFile(first))
      }
      if (existingKeys.has(key)) add(r.row, mapping.school, MSG.map.duplicateExisting)
    }
    if (groupId !== undefined) candidates.push({ row: r.row, fields: { school, program, groupId, applicant, extra } })
  }
  problems.sort((a, b) => a.row - b.row)
  return { valid: candidates.filter((c) => !bad.has(c.row)), problems }
}

function checkMapping(table: RosterTable, mapping: RosterMapping): void {
  const label = MSG.map.fieldLabel
  const headers = new Set(table.headers)
  const used = new Set<string>()
  for (const f of ['school', 'program', 'group', 'applicant'] as const) {
    const h = mapping[f] ?? ''
    if (h === '') {
      if (f !== 'applicant') throw intakeError('ROSTER_MAPPING', MSG.map.mappingMissing(label[f]), { field: f })
      continue
    }
    if (!headers.has(h)) throw intakeError('ROSTER_MAPPING', MSG.map.mappingUnknownHeader(label[f], h), { field: f, header: h })
    if (used.has(h)) throw intakeError('ROSTER_MAPPING', MSG.map.mappingSameColumn(h), { field: f, header: h })
    used.add(h)
  }
}
