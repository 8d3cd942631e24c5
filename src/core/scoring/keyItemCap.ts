import type { Grade } from '../domain/rubric'
import { worseGrade } from '../rubric/indicators'

/**
 * ★ caps (docs/domain/review-kinds.md): any key indicator at D caps the grade at C; three or more at D give D.
 * One home for the rule: a single sheet applies it to its own levels (sheetResult), a panel to the
 * panel levels of its key indicators (aggregateRules.panelKeyLevels). Returns the grade and, when
 * lowered, why.
 */
export function capByKeyItems(grade: Grade, keyAtD: readonly string[]): { grade: Grade; reason?: string } {
  if (keyAtD.length >= 3) return { grade: 'D', reason: `${keyAtD.length} 项关键指标（★）评为 D，等次定为不合格` }
  if (keyAtD.length > 0) {
    const capped = worseGrade(grade, 'C')
    return capped !== grade ? { grade: capped, reason: `关键指标（★）${keyAtD.join('、')} 评为 D，等次最高为合格` } : { grade }
  }
  return { grade }
}
