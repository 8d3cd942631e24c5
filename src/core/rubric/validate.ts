import type { Rubric } from '../domain/rubric'
import { LEVELS } from '../domain/rubric'
import { round } from '../util/round'

export interface RubricProblem {
  /** where: e.g. "一级指标 2「人才培养方案与工学一体化」/ 二级指标 2.1「人才培养方案」" */
  where: string
  message: string
  /** a stable code for programs */
  code:
    | 'TOTAL_MISMATCH'
    | 'DIMENSION_MISMATCH'
    | 'EMPTY_DESCRIPTOR'
    | 'COEFFICIENT_RANGE'
    | 'COEFFICIENT_ORDER'
    | 'DUPLICATE_CODE'
    | 'VETO_WITHOUT_TEXT'
    | 'EMPTY_NAME'
    | 'NO_INDICATORS'
    | 'BAD_POINTS'
    | 'GRADE_BANDS'
    | 'BONUS'
}

/**
 * Checks a rubric the way a committee secretary would, with a Chinese message naming the item:
 * totals that do not add up, empty level descriptors, coefficients out of [0, 1] or not descending,
 * duplicate codes, vetoes without a description, bad grade bands. Returns [] for a sound rubric.
 */
export function validateRubric(r: Rubric): RubricProblem[] {
  const problems: RubricProblem[] = []
  const add = (code: RubricProblem['code'], where: string, message: string) => problems.push({ code, where, message })
  const codes = new Map<string, string>()
  const claim = (code: string, where: string) => {
    const prev = codes.get(code)
    if (prev) add('DUPLICATE_CODE', where, `编号「${code}」重复，已用于 ${prev}`)
    else codes.set(code, where)
  }

  if (r.dimensions.length === 0) add('NO_INDICATORS', '指标体系', '没有任何一级指标')
  let sum = 0
  for (const [di, d] of r.dimensions.entries()) {
    const dWhere = `一级指标 ${d.code || di + 1}「${d.name}」`
    if (!d.name.trim()) add('EMPTY_NAME', dWhere, '一级指标名称为空')
    claim(d.code, dWhere)
    if (!(d.points > 0)) add('BAD_POINTS', dWhere, `分值应大于 0，现为 ${d.points}`)
    sum += d.points
    if (d.indicators.length === 0) add('NO_INDICATORS', dWhere, '没有二级指标')
    let dSum = 0
    for (const ind of d.indicators) {
      const where = `${dWhere} / 二级指标 ${ind.code}「${ind.name}」`
      if (!ind.name.trim()) add('EMPTY_NAME', where, '二级指标名称为空')
      claim(ind.code, where)
      if (!(ind.points > 0)) add('BAD_POINTS', where, `分值应大于 0，现为 ${ind.points}`)
      dSum += ind.points
      if (ind.scale === 'levels') {
        for (const l of LEVELS) {
          if (!ind.descriptors[l]?.trim()) add('EMPTY_DESCRIPTOR', where, `等级 ${l} 的描述为空`)
        }
      }
    }
    if (round(dSum, 4) !== round(d.points, 4)) {
      add('DIMENSION_MISMATCH', dWhere, `二级指标分值合计 ${round(dSum, 2)} 分，与一级指标分值 ${d.points} 分不符`)
    }
  }
  if (round(sum, 4) !== round(r.total, 4)) {
    add('TOTAL_MISMATCH', '指标体系', `一级指标分值合计 ${round(sum, 2)} 分，与总分 ${r.total} 分不符`)
  }

  for (const l of r.levels) {
    if (!(l.coefficient >= 0 && l.coefficient <= 1)) {
      add('COEFFICIENT_RANGE', `等级 ${l.level}`, `系数应在 0 到 1 之间，现为 ${l.coefficient}`)
    }
  }
  for (let i = 1; i < r.levels.length; i++) {
    if (r.levels[i]!.coefficient > r.levels[i - 1]!.coefficient) {
      add('COEFFICIENT_ORDER', `等级 ${r.levels[i]!.level}`, `系数 ${r.levels[i]!.coefficient} 高于上一等级 ${r.levels[i - 1]!.level} 的 ${r.levels[i - 1]!.coefficient}，等级应由高到低`)
    }
  }
  const levelSet = new Set(r.levels.map((l) => l.level))
  if (levelSet.size !== r.levels.length) add('DUPLICATE_CODE', '等级', '等级重复')

  for (const v of r.vetoes) {
    claim(v.code, `否决项 ${v.code}`)
    if (!v.text.trim()) add('VETO_WITHOUT_TEXT', `否决项 ${v.code}`, '一票否决项缺少说明')
  }
  for (const e of r.eligibility) {
    claim(e.code, `资格条件 ${e.code}`)
    if (!e.text.trim()) add('EMPTY_NAME', `资格条件 ${e.code}`, '资格条件缺少说明')
  }
  if (r.bonus) {
    for (const b of r.bonus.items) claim(b.code, `加分项 ${b.code}「${b.name}」`)
    if (r.bonus.items.length > 0 && !(r.bonus.cap > 0)) add('BONUS', '加分项', '加分项的上限应大于 0')
  }

  const bandGrades = new Set(r.gradeBands.map((b) => b.grade))
  if (bandGrades.size !== r.gradeBands.length) add('GRADE_BANDS', '等次划分', '等次重复')
  if (!r.gradeBands.some((b) => b.min <= 0)) add('GRADE_BANDS', '等次划分', '最低等次的下限应为 0 分，否则低分无等次')
  for (const b of r.gradeBands) {
    if (b.min > r.total) add('GRADE_BANDS', `等次 ${b.label}`, `下限 ${b.min} 分超过总分 ${r.total} 分`)
  }
  return problems
}
