import { subjectKindFor } from '../domain/subject'
import { ReviewKindSchema } from '../domain/rubric'

type Raw = Record<string, unknown>

/** What a version-1 entry's fields give for a name we never asked for. */
const UNKNOWN = '待补充'

/**
 * Version 1 → 2 (issue 10): every submission was "school + 专业". A campaign's submissions now carry
 * the subject its review kind judges. A diagnosis needs nothing more. For the award kinds, version 1
 * had no field for the person, course or achievement, so the step keeps what it has: a person's name
 * is the 申报人 when there was one, a course or achievement is named by what stood in the 专业 field,
 * the 完成人 is the 申报人 — and "待补充" where nothing was entered, for the secretariat to complete.
 * Workspace and sheets files change only their version (their new fields have defaults).
 */
export function migrateV1ToV2(raw: Raw): Raw {
  if (raw.kind !== 'campaign') return { ...raw, schemaVersion: 2 }
  const campaign = raw.campaign as Raw | undefined
  if (!campaign || typeof campaign !== 'object') return { ...raw, schemaVersion: 2 }
  const kind = ReviewKindSchema.safeParse(campaign.kind)
  if (!kind.success || !Array.isArray(campaign.submissions)) return { ...raw, schemaVersion: 2 }
  const subjectKind = subjectKindFor(kind.data)
  const submissions = campaign.submissions.map((s: unknown) => {
    if (typeof s !== 'object' || s === null || 'subject' in s) return s
    const sub = s as Raw
    const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : '')
    const applicant = text(sub.applicant)
    const program = text(sub.program)
    switch (subjectKind) {
      case 'program':
        return { ...sub, subject: { kind: 'program' } }
      case 'person':
        return { ...sub, subject: { kind: 'person', name: applicant || UNKNOWN } }
      case 'course':
        return { ...sub, subject: { kind: 'course', name: program || UNKNOWN, team: applicant ? [applicant] : [] } }
      case 'achievement':
        return { ...sub, subject: { kind: 'achievement', name: program || UNKNOWN, authors: [applicant || UNKNOWN], units: [] } }
    }
  })
  return { ...raw, schemaVersion: 2, campaign: { ...campaign, submissions } }
}
