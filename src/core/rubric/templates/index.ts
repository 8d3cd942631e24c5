import type { ReviewKind, Rubric } from '../../domain/rubric'
import { diagnosticTemplate } from './diagnostic'
import { masterTeacherTemplate } from './masterTeacher'
import { masterCraftsmanTemplate } from './masterCraftsman'
import { researchAchievementTemplate } from './researchAchievement'
import { excellentCourseTemplate } from './excellentCourse'

/** The five built-in templates (docs/domain/review-kinds.md (a)–(e)), one per review kind. */
export const TEMPLATES: readonly Rubric[] = [
  diagnosticTemplate,
  masterTeacherTemplate,
  masterCraftsmanTemplate,
  researchAchievementTemplate,
  excellentCourseTemplate,
]

export function findTemplate(id: string): Rubric | undefined {
  return TEMPLATES.find((t) => t.id === id)
}

export function defaultTemplateFor(kind: ReviewKind): Rubric | undefined {
  return TEMPLATES.find((t) => t.kind === kind)
}
