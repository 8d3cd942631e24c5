import { WorkbenchError } from '../../domain/errors'
import { TEMPLATES, findTemplate } from '../../rubric/templates'
import { allIndicators } from '../../rubric/indicators'
import type { HandlersOf } from '../contract'
import type { TemplateInfo } from './outputs'

/** The built-in rubric templates; they need nothing from the workspace. */
export function templatesHandlers() {
  return {
    'templates.list': async () =>
      TEMPLATES.map(
        (t): TemplateInfo => ({
          id: t.id,
          kind: t.kind,
          name: t.name,
          total: t.total,
          dimensionCount: t.dimensions.length,
          indicatorCount: allIndicators(t).length,
        }),
      ),

    'templates.get': async ({ templateId }) => {
      const t = findTemplate(templateId)
      if (!t) throw new WorkbenchError('NOT_FOUND', `找不到指标体系模板 ${templateId}。`)
      return t
    },
  } satisfies HandlersOf<'templates'>
}
