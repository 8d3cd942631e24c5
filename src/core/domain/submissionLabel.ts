import type { ReviewKind } from './rubric'
import { programLabel, SUBJECT_KIND_LABELS, type Subject } from './subject'
import type { Submission } from './workspace'

type Labelled = Pick<Submission, 'school' | 'program'> & { subject?: Subject }

/** One line of what a submission is, as shown on the score sheet and in drawers. */
export interface SubjectField {
  key: string
  label: string
  value: string
  /** 'secretariat': personal data (contact) the experts do not need and documents do not print */
  audience: 'all' | 'secretariat'
}

export interface SubjectView {
  /** 专业 · 申报人 · 课程 · 成果 */
  kindLabel: string
  /** the thing itself: the 专业, the person's name, the course's or the achievement's name */
  name: string
  fields: SubjectField[]
}

const subjectOfSubmission = (s: Labelled): Subject => s.subject ?? { kind: 'program' }

/**
 * The name of what is judged: the 专业 of a diagnosis, the candidate of a 名师/名匠 entry, the course,
 * the achievement. The one rule every list, label and document uses.
 */
export function subjectName(s: Labelled): string {
  const subject = subjectOfSubmission(s)
  return subject.kind === 'program' ? s.program : subject.name
}

/**
 * The short label of a submission in lists and messages:
 * 专业 "学校「专业」"; person "姓名（学校）"; course "《课程名》（学校）"; achievement "《成果名》（学校）".
 */
export function submissionLabel(s: Labelled): string {
  const subject = subjectOfSubmission(s)
  switch (subject.kind) {
    case 'program':
      return `${s.school}「${s.program}」`
    case 'person':
      return `${subject.name}（${s.school}）`
    case 'course':
    case 'achievement':
      return `《${subject.name}》（${s.school}）`
  }
}

const orDash = (v: string | number | undefined) => (v === undefined || v === '' ? '—' : String(v))

/**
 * What the submission is, field by field, for the score sheet, the drawer and the reports. The
 * 完成人 keep their order ("甲、乙、丙"); the years are called 教龄 for a 名师 and 一线工作年限 for a 名匠.
 */
export function subjectOf(s: Labelled, reviewKind?: ReviewKind): SubjectView {
  const subject = subjectOfSubmission(s)
  const f = (key: string, label: string, value: string, audience: SubjectField['audience'] = 'all'): SubjectField => ({ key, label, value, audience })
  switch (subject.kind) {
    case 'program':
      return { kindLabel: SUBJECT_KIND_LABELS.program, name: s.program, fields: [f('school', '申报单位', s.school), f('program', '专业', s.program)] }
    case 'person':
      return {
        kindLabel: SUBJECT_KIND_LABELS.person,
        name: subject.name,
        fields: [
          f('name', '姓名', subject.name),
          f('gender', '性别', orDash(subject.gender)),
          f('birthYear', '出生年份', orDash(subject.birthYear)),
          f('title', '职称', orDash(subject.title)),
          f('post', '职务', orDash(subject.post)),
          f('program', programLabel('person'), s.program),
          f('years', reviewKind === 'masterCraftsman' ? '一线工作年限' : '教龄', subject.years === undefined ? '—' : `${subject.years} 年`),
          f('school', '申报单位', s.school),
          f('contact', '联系方式', orDash(subject.contact), 'secretariat'),
        ],
      }
    case 'course':
      return {
        kindLabel: SUBJECT_KIND_LABELS.course,
        name: subject.name,
        fields: [
          f('name', '课程名称', subject.name),
          f('program', '专业', s.program),
          f('hours', '学时', orDash(subject.hours)),
          f('team', '团队成员', subject.team.length ? subject.team.join('、') : '—'),
          f('school', '申报单位', s.school),
        ],
      }
    case 'achievement':
      return {
        kindLabel: SUBJECT_KIND_LABELS.achievement,
        name: subject.name,
        fields: [
          f('name', '成果名称', subject.name),
          f('authors', '完成人（按顺序）', subject.authors.join('、')),
          f('units', '完成单位', (subject.units.length ? subject.units : [s.school]).join('、')),
          ...(s.program ? [f('program', '所属专业', s.program)] : []),
        ],
      }
  }
}

/** NFKC (full-width brackets = half-width), no white space: how two spellings of one name compare. */
export function normalizedName(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '')
}

/**
 * The materials naming rule "学校_名称": 学校_专业 for a diagnosis, 学校_姓名 for a person,
 * 学校_课程名 for a course, 学校_成果名 for an achievement.
 */
export function materialKey(s: Labelled): string {
  const n = (v: string) => v.normalize('NFC').trim()
  return `${n(s.school)}_${n(subjectName(s))}`
}

/**
 * The duplicate rule: the same person, course or achievement — not the same 专业 — may be entered
 * only once. Two 名师 candidates of one school and 专业 are two entries; the same person twice (same
 * school and name, and not two different birth years) is one. Names compare by normalizedName.
 */
export function sameSubject(a: Labelled, b: Labelled): boolean {
  const sa = subjectOfSubmission(a)
  const sb = subjectOfSubmission(b)
  if (sa.kind !== sb.kind || normalizedName(a.school) !== normalizedName(b.school)) return false
  if (sa.kind === 'program') return normalizedName(a.program) === normalizedName(b.program)
  if (sb.kind === 'program') return false
  if (normalizedName(sa.name) !== normalizedName(sb.name)) return false
  if (sa.kind === 'person' && sb.kind === 'person' && sa.birthYear !== undefined && sb.birthYear !== undefined) {
    return sa.birthYear === sb.birthYear
  }
  return true
}

/** A bucket key for sameSubject: entries that may be the same share it (school + name). */
export function subjectBucket(s: Labelled): string {
  return `${subjectOfSubmission(s).kind}\u0000${normalizedName(s.school)}\u0000${normalizedName(subjectName(s))}`
}

/** Why two entries are one, in words (for CONFLICT and roster problems). */
export function duplicateReason(s: Labelled): string {
  const subject = subjectOfSubmission(s)
  switch (subject.kind) {
    case 'program':
      return `${s.school} 的「${s.program}」已经申报`
    case 'person':
      return `${s.school} 的「${subject.name}」已经申报（同一人只能申报一次）`
    case 'course':
      return `${s.school} 的课程《${subject.name}》已经申报`
    case 'achievement':
      return `${s.school} 的成果《${subject.name}》已经申报`
  }
}

/** Everyone an entry names, for 回避: the 申报人, the candidate, a course's team, an achievement's 完成人. */
export function peopleNamed(s: Pick<Submission, 'applicant'> & { subject?: Subject }): string[] {
  const subject = s.subject ?? { kind: 'program' }
  const names = [s.applicant]
  if (subject.kind === 'person') names.push(subject.name)
  if (subject.kind === 'course') names.push(...subject.team)
  if (subject.kind === 'achievement') names.push(...subject.authors)
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))]
}
