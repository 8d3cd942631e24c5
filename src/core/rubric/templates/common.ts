import type { IndicatorCode } from '../../domain/ids'
import type { GradeBand, LevelDef } from '../../domain/rubric'

/** Brands a literal indicator code of a built-in template. */
export const c = (s: string) => s as IndicatorCode

/** docs/domain/review-kinds.md "Rubric model": A/B/C/D with coefficients 1.0/0.8/0.6/0.3. */
export const STANDARD_LEVELS: readonly LevelDef[] = [
  { level: 'A', label: '优', coefficient: 1.0 },
  { level: 'B', label: '良', coefficient: 0.8 },
  { level: 'C', label: '中', coefficient: 0.6 },
  { level: 'D', label: '待改进', coefficient: 0.3 },
]

/** docs/domain/review-kinds.md: A 优秀 ≥ 90, B 良好 80–89.99, C 合格 60–79.99, D 不合格 < 60. */
export const STANDARD_GRADE_BANDS: readonly GradeBand[] = [
  { grade: 'A', label: '优秀', min: 90 },
  { grade: 'B', label: '良好', min: 80 },
  { grade: 'C', label: '合格', min: 60 },
  { grade: 'D', label: '不合格', min: 0 },
]
