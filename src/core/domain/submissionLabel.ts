import type { Submission } from './workspace'

/**
 * How people name a submission in messages and documents: "湖南省机械工业技师学院 · 数控加工".
 * Internal ids never stand in for it (issue 9 item 10). Pass the expert's view (domain/blind.ts) when
 * an expert will read it. One home so submission kinds (person, course, achievement) can extend it.
 */
export function submissionLabel(s: Pick<Submission, 'school' | 'program'>): string {
  return [s.school, s.program].filter((part) => part.trim() !== '').join(' · ')
}
