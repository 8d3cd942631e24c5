import type { ReviewKind, Rubric } from '../../domain/rubric'

export interface TemplateInfo {
  id: string
  kind: ReviewKind
  name: string
  total: number
  dimensionCount: number
  indicatorCount: number
}

export interface TemplatesOutputs {
  'templates.list': TemplateInfo[]
  'templates.get': Rubric
}
