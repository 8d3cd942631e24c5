import type { GroupId } from '../../domain/ids'
import type { ReviewKind } from '../../domain/rubric'
import { SubjectSchema, subjectKindFor, type Subject, type SubjectKind } from '../../domain/subject'
import { sameSubject, subjectBucket } from '../../domain/submissionLabel'
import type { CollaborationGroup, Submission } from '../../domain/workspace'
import { intakeError } from '../intakeError'
import { MSG } from '../messages'
import { isDateHeader, parseDateText } from './dates'
import { rosterFieldsFor, type RosterField, type RosterFieldDef } from './rosterFields'
import { subjectFromRow } from './subjectFromRow'
import type { RosterProblem, RosterTable } from './types'

export type { RosterField } from './rosterFields'
/** field → header; '' or absent = not in the file. Which fields are required depends on the review kind (rosterFields.ts). */
export type RosterMapping = Partial<Record<RosterField, string>>

export interface MappedRosterRow {
  row: number
  fields: {
    school: string
    program: string
    groupId: GroupId
    applicant: string
    /** the person, course or achievement the row names; { kind: 'program' } for a diagnosis */
    subject: Subject
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

/** What the duplicate message calls the thing entered twice. */
const SAME: Record<SubjectKind, string> = { program: '同一学校的同一专业', person: '同一人', course: '同一学校的同一课程', achievement: '同一成果' }

/** The identity of a 专业 entry: NFKC (full-width brackets = half-width), no spaces. Kept for callers of the diagnosis rule. */
export function submissionKey(school: string, program: string): string {
  const k = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')
  return `${k(school)}\u0000${k(program)}`
}

type Existing = Pick<Submission, 'school' | 'program'> & { subject?: Subject }

/**
 * Turns roster rows into submission fields for a campaign of `kind`, with a problem per row and
 * column for everything a person must fix before the import (docs/design/hostile-inputs.md: "row and
 * column in every error"):
 * - the kind's required fields (rosterFields.ts) must not be empty, nor longer than the schema allows;
 *   numbers (出生年份, 教龄, 学时), 性别 and name lists (完成人 in order, 团队成员) are checked in subjectFromRow;
 * - the 协作组 must equal a group's name or id (NFC, trimmed) and not be retired; otherwise the message lists the valid names;
 * - the duplicate rule is the domain's (sameSubject): the same person, course or achievement — not
 *   the same 专业 — twice in the file marks both rows, one already among `existing` marks the row;
 * - a column named like a date (申报日期) must hold a date (dates.ts);
 * - unmapped columns go to `extra` (null-prototype object, so a "__proto__" header stays a plain key).
 * A mapping naming a missing header, leaving a required field out, or one header for two fields, is
 * refused as a whole (ROSTER_MAPPING).
 */
export function mapRoster(
  table: RosterTable,
  mapping: RosterMapping,
  groups: readonly CollaborationGroup[],
  existing: readonly Existing[],
  kind: ReviewKind = 'diagnostic',
): RosterMapResult {
  const defs = rosterFieldsFor(kind)
  const subjectKind = subjectKindFor(kind)
  checkMapping(table, mapping, defs, subjectKind)
  const label = (f: RosterField) => defs.find((d) => d.field === f)?.label ?? MSG.map.fieldLabel[f as keyof typeof MSG.map.fieldLabel] ?? f
  const col = (f: RosterField) => mapping[f] ?? ''
  const mapped = new Set(Object.values(mapping).filter((h): h is string => !!h))
  const groupOf = new Map<string, CollaborationGroup>()
  for (const g of groups) {
    groupOf.set(g.id.normalize('NFC').trim(), g)
    groupOf.set(g.name.normalize('NFC').trim(), g)
  }
  const problems: RosterProblem[] = []
  const bad = new Set<number>()
  const add = (row: number, column: string, message: string) => {
    problems.push({ row, column, message })
    bad.add(row)
  }
  const seen = new Map<string, Array<{ row: number; entry: Existing }>>()
  const candidates: MappedRosterRow[] = []

  for (const r of table.rows) {
    const get = (f: RosterField) => (col(f) === '' ? '' : (r.cells[col(f)] ?? '').normalize('NFC').trim())
    for (const d of defs) if (d.required && get(d.field) === '') add(r.row, col(d.field), MSG.map.required(label(d.field)))
    const built = subjectFromRow(subjectKind, get, col, label)
    for (const p of built.problems) add(r.row, p.column, p.message)
    const school = built.school
    if (subjectKind === 'achievement' && school === '') add(r.row, col('school') || col('units'), MSG.map.schoolOrUnits)
    const program = get('program')
    const applicant = get('applicant')
    if (school.length > MAX.school) add(r.row, col('school') || col('units'), MSG.map.tooLong(label('school'), MAX.school))
    if (program.length > MAX.program) add(r.row, col('program'), MSG.map.tooLong(label('program'), MAX.program))
    if (applicant.length > MAX.applicant) add(r.row, col('applicant'), MSG.map.tooLong(label('applicant'), MAX.applicant))
    const groupText = get('group')
    const group = groupText === '' ? undefined : groupOf.get(groupText)
    if (groupText !== '' && group === undefined) {
      add(r.row, col('group'), MSG.map.unknownGroup(groupText, groups.filter((g) => !g.retiredAt).map((g) => g.name)))
    }
    if (group?.retiredAt) add(r.row, col('group'), MSG.map.retiredGroup(groupText))

    const extra = Object.create(null) as Record<string, string>
    for (const h of table.headers) {
      const v = r.cells[h] ?? ''
      if (isDateHeader(h) && v !== '' && parseDateText(v) === undefined) add(r.row, h, MSG.map.badDate(v))
      if (!mapped.has(h) && v !== '') extra[h] = v
    }

    const subject = built.subject && SubjectSchema.safeParse(built.subject).success ? built.subject : undefined
    if (school !== '' && subject) {
      const entry: Existing = { school, program, subject }
      const key = subjectBucket(entry)
      const bucket = seen.get(key) ?? []
      const firstSame = bucket.find((b) => sameSubject(b.entry, entry))
      const dupColumn = col(subjectKind === 'program' ? 'school' : 'name')
      if (firstSame) {
        add(firstSame.row, dupColumn, MSG.map.duplicateInFile(r.row, SAME[subjectKind]))
        add(r.row, dupColumn, MSG.map.duplicateInFile(firstSame.row, SAME[subjectKind]))
      } else bucket.push({ row: r.row, entry })
      seen.set(key, bucket)
      if (existing.some((e) => sameSubject(e, entry))) add(r.row, dupColumn, MSG.map.duplicateExisting(SAME[subjectKind]))
    }
    if (group !== undefined && subject) candidates.push({ row: r.row, fields: { school, program, groupId: group.id, applicant, subject, extra } })
  }
  problems.sort((a, b) => a.row - b.row)
  return { valid: candidates.filter((c) => !bad.has(c.row)), problems }
}

function checkMapping(table: RosterTable, mapping: RosterMapping, defs: readonly RosterFieldDef[], subjectKind: SubjectKind): void {
  const headers = new Set(table.headers)
  const used = new Set<string>()
  for (const d of defs) {
    const h = mapping[d.field] ?? ''
    if (h === '') {
      if (d.required) throw intakeError('ROSTER_MAPPING', MSG.map.mappingMissing(d.label), { field: d.field })
      continue
    }
    if (!headers.has(h)) throw intakeError('ROSTER_MAPPING', MSG.map.mappingUnknownHeader(d.label, h), { field: d.field, header: h })
    if (used.has(h)) throw intakeError('ROSTER_MAPPING', MSG.map.mappingSameColumn(h), { field: d.field, header: h })
    used.add(h)
  }
  if (subjectKind === 'achievement' && !mapping.school && !mapping.units) {
    throw intakeError('ROSTER_MAPPING', MSG.map.mappingMissing('申报单位或完成单位'), { field: 'school' })
  }
}
