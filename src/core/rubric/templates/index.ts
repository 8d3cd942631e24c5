import type { ReviewKind, Rubric } from '../../domain/rubric'
import { diagnosticTemplate } from './diagnostic'

/** Built-in templates by id. Issue 3 adds the four award templates. */
export const TEMPLATES: readonly Rubric[] = [diagnosticTemplate]

export function findTemplate(id: string): Rubric | undefined {
  return TEMPLATES.find((t) => t.id === id)
}

export function defaultTemplateFor(kind: ReviewKind): Rubric | undefined {
  return TEMPLATES.find((t) => t.kind === kind)
}
