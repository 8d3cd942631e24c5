import { z } from 'zod'
import type { ReviewKind } from './rubric'

/**
 * What a submission is about (docs/domain/review-kinds.md "what the review is about differs by kind"): a 专业
 * (diagnosis), a person (名师, 名匠), a course (精品课程) or an achievement with its 完成人 in order
 * (教科研成果). The school (申报单位) and the 专业 (for a person: 专业/工种) stay on the submission;
 * the subject holds what names the thing itself.
 */
export const SUBJECT_KINDS = ['program', 'person', 'course', 'achievement'] as const
export type SubjectKind = (typeof SUBJECT_KINDS)[number]

const name = (max: number) => z.string().trim().min(1).max(max)
const optText = (max: number) => z.string().trim().max(max).default('')
const year = z.number().int().min(1900).max(2200)

export const ProgramSubjectSchema = z.object({ kind: z.literal('program') })

export const PersonSubjectSchema = z.object({
  kind: z.literal('person'),
  name: name(40),
  gender: z.enum(['男', '女', '']).default(''),
  birthYear: year.optional(),
  /** 职称 (高级讲师, 高级技师 …) */
  title: optText(40),
  /** 职务 */
  post: optText(40),
  /** 教龄 (名师) or 一线工作年限 (名匠), in years */
  years: z.number().int().min(0).max(80).optional(),
  contact: optText(80),
})

export const CourseSubjectSchema = z.object({
  kind: z.literal('course'),
  name: name(80),
  /** 学时 */
  hours: z.number().int().min(0).max(10_000).optional(),
  /** 团队成员, the course leader first */
  team: z.array(name(40)).max(30).default([]),
})

export const AchievementSubjectSchema = z.object({
  kind: z.literal('achievement'),
  name: name(120),
  /** 完成人 in the order the entry gives them: the order is part of the award */
  authors: z.array(name(40)).min(1).max(30),
  /** 完成单位 in order; the first is the 申报单位 */
  units: z.array(name(80)).max(10).default([]),
})

export const SubjectSchema = z.discriminatedUnion('kind', [
  ProgramSubjectSchema,
  PersonSubjectSchema,
  CourseSubjectSchema,
  AchievementSubjectSchema,
])
export type Subject = z.infer<typeof SubjectSchema>
export type PersonSubject = z.infer<typeof PersonSubjectSchema>
export type CourseSubject = z.infer<typeof CourseSubjectSchema>
export type AchievementSubject = z.infer<typeof AchievementSubjectSchema>

/** The subject kind a review kind judges. */
export function subjectKindFor(kind: ReviewKind): SubjectKind {
  switch (kind) {
    case 'diagnostic':
      return 'program'
    case 'masterTeacher':
    case 'masterCraftsman':
      return 'person'
    case 'excellentCourse':
      return 'course'
    case 'researchAchievement':
      return 'achievement'
  }
}

export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = {
  program: '专业',
  person: '申报人',
  course: '课程',
  achievement: '成果',
}

/** Is the 专业 required for this subject kind? An achievement may belong to no single 专业. */
export function programRequired(kind: SubjectKind): boolean {
  return kind !== 'achievement'
}

/** What the 专业 field is called for a subject kind (a 名匠's is a 工种 as often as a 专业). */
export function programLabel(kind: SubjectKind): string {
  return kind === 'person' ? '专业（工种）' : '专业'
}
