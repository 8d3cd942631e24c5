import type { ReviewKind } from './rubric'
import { programLabel, programRequired, SUBJECT_KIND_LABELS, subjectKindFor, type Subject } from './subject'
import { duplicateReason, sameSubject } from './submissionLabel'
import type { Submission } from './workspace'

export interface SubmissionProblem {
  /** the field at fault: 'program', 'subject', 'subject.name' … */
  field: string
  message: string
}

/**
 * What a review kind requires of an entry beyond its schema: the subject the kind judges (a 名师
 * campaign takes persons, not 专业), and the 专业 for every kind but an achievement.
 */
export function subjectProblems(kind: ReviewKind, entry: { program: string; subject: Subject }): SubmissionProblem[] {
  const expected = subjectKindFor(kind)
  const problems: SubmissionProblem[] = []
  if (entry.subject.kind !== expected) {
    problems.push({
      field: 'subject',
      message: `本评审活动评的是${SUBJECT_KIND_LABELS[expected]}，请填写${SUBJECT_KIND_LABELS[expected]}信息（收到的是${SUBJECT_KIND_LABELS[entry.subject.kind]}）`,
    })
  }
  if (programRequired(expected) && entry.program.trim() === '') problems.push({ field: 'program', message: `请填写${programLabel(expected)}` })
  return problems
}

/** The entry already in the campaign that is the same person, course, achievement or 专业, if any. */
export function findDuplicate<T extends Pick<Submission, 'school' | 'program' | 'subject'>>(
  existing: readonly T[],
  entry: Pick<Submission, 'school' | 'program' | 'subject'>,
): { duplicate: T; reason: string } | null {
  const duplicate = existing.find((s) => sameSubject(s, entry))
  return duplicate ? { duplicate, reason: duplicateReason(entry) } : null
}
