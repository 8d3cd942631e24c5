import type { Rubric } from '../domain/rubric'
import { LEVELS } from '../domain/rubric'
import type { ProblemParams, ProblemPath } from '../domain/problem'
import { round } from '../util/round'
import { describeRubricPath, type RubricProblem, type RubricProblemCode } from './problems'

export type { RubricProblem, RubricProblemCode } from './problems'

/**
 * Checks a rubric the way a committee secretary would, with a Chinese message naming the item:
 * totals that do not add up, empty level descriptors, coefficients out of [0, 1] or not descending,
 * duplicate codes, vetoes without a description, bad grade bands. Returns [] for a sound rubric.
 * Each problem's path points at the field to fix (`['dimensions', 1, 'indicators', 0, 'points']`).
 */
export function validateRubric(r: Rubric): RubricProblem[] {
  const problems: RubricProblem[] = []
  const where = (path: ProblemPath) => describeRubricPath(r, path)
  const add = (code: RubricProblemCode, path: ProblemPath, message: string, params: ProblemParams = {}) =>
    problems.push({ code, path, params, message, where: where(path) })
  const codes = new Map<string, string>()
  const claim = (code: string, path: ProblemPath) => {
    const prev = codes.get(code)
    if (prev) add('DUPLICATE_CODE', path, `编号「${code}」重复，已用于 ${prev}`, { code, usedBy: prev })
    else codes.set(code, where(path))
  }

  if (r.dimensions.length === 0) add('NO_INDICATORS', ['dimensions'], '没有任何一级指标')
  let sum = 0
  for (const [di, d] of r.dimensions.entries()) {
    const dPath = ['dimensions', di]
    if (!d.name.trim()) add('EMPTY_NAME', [...dPath, 'name'], '一级指标名称为空')
    claim(d.code, [...dPath, 'code'])
    if (!(d.points > 0)) add('BAD_POINTS', [...dPath, 'points'], `分值应大于 0，现为 ${d.points}`, { points: d.points })
    sum += d.points
    if (d.indicators.length === 0) add('NO_INDICATORS', [...dPath, 'indicators'], '没有二级指标')
    let dSum = 0
    for (const [ii, ind] of d.indicators.entries()) {
      const iPath = [...dPath, 'indicators', ii]
      if (!ind.name.trim()) add('EMPTY_NAME', [...iPath, 'name'], '二级指标名称为空')
      claim(ind.code, [...iPath, 'code'])
      if (!(ind.points > 0)) add('BAD_POINTS', [...iPath, 'points'], `分值应大于 0，现为 ${ind.points}`, { points: ind.points })
      dSum += ind.points
      if (ind.scale === 'levels') {
        for (const l of LEVELS) {
          if (!ind.descriptors[l]?.trim()) add('EMPTY_DESCRIPTOR', [...iPath, 'descriptors', l], `等级 ${l} 的描述为空`, { level: l })
        }
      }
    }
    if (round(dSum, 4) !== round(d.points, 4)) {
      const params = { sum: round(dSum, 2), points: d.points }
      add('DIMENSION_MISMATCH', [...dPath, 'points'], `二级指标分值合计 ${params.sum} 分，与一级指标分值 ${d.points} 分不符`, params)
    }
  }
  if (round(sum, 4) !== round(r.total, 4)) {
    add('TOTAL_MISMATCH', ['total'], `一级指标分值合计 ${round(sum, 2)} 分，与总分 ${r.total} 分不符`, { sum: round(sum, 2), total: r.total })
  }

  for (const [i, l] of r.levels.entries()) {
    if (!(l.coefficient >= 0 && l.coefficient <= 1)) {
      add('COEFFICIENT_RANGE', ['levels', i, 'coefficient'], `系数应在 0 到 1 之间，现为 ${l.coefficient}`, { coefficient: l.coefficient })
    }
  }
  for (let i = 1; i < r.levels.length; i++) {
    const [prev, l] = [r.levels[i - 1]!, r.levels[i]!]
    if (l.coefficient > prev.coefficient) {
      add('COEFFICIENT_ORDER', ['levels', i, 'coefficient'], `系数 ${l.coefficient} 高于上一等级 ${prev.level} 的 ${prev.coefficient}，等级应由高到低`, {
        coefficient: l.coefficient,
        previousLevel: prev.level,
        previousCoefficient: prev.coefficient,
      })
    }
  }
  const repeatedLevel = firstRepeat(r.levels.map((l) => l.level))
  if (repeatedLevel >= 0) add('DUPLICATE_LEVEL', ['levels', repeatedLevel, 'level'], '等级重复', { level: r.levels[repeatedLevel]!.level })

  for (const [i, v] of r.vetoes.entries()) {
    claim(v.code, ['vetoes', i, 'code'])
    if (!v.text.trim()) add('VETO_WITHOUT_TEXT', ['vetoes', i, 'text'], '一票否决项缺少说明')
  }
  for (const [i, e] of r.eligibility.entries()) {
    claim(e.code, ['eligibility', i, 'code'])
    if (!e.text.trim()) add('EMPTY_NAME', ['eligibility', i, 'text'], '资格条件缺少说明')
  }
  if (r.bonus) {
    for (const [i, b] of r.bonus.items.entries()) claim(b.code, ['bonus', 'items', i, 'code'])
    if (r.bonus.items.length > 0 && !(r.bonus.cap > 0)) add('BONUS_CAP', ['bonus', 'cap'], '加分项的上限应大于 0', { cap: r.bonus.cap })
  }

  const repeatedGrade = firstRepeat(r.gradeBands.map((b) => b.grade))
  if (repeatedGrade >= 0) add('DUPLICATE_GRADE', ['gradeBands', repeatedGrade, 'grade'], '等次重复', { grade: r.gradeBands[repeatedGrade]!.grade })
  if (!r.gradeBands.some((b) => b.min <= 0)) {
    const lowest = r.gradeBands.reduce((m, b, j, all) => (b.min < all[m]!.min ? j : m), 0)
    add('NO_ZERO_BAND', r.gradeBands.length ? ['gradeBands', lowest, 'min'] : ['gradeBands'], '最低等次的下限应为 0 分，否则低分无等次')
  }
  for (const [i, b] of r.gradeBands.entries()) {
    if (b.min > r.total) add('BAND_ABOVE_TOTAL', ['gradeBands', i, 'min'], `下限 ${b.min} 分超过总分 ${r.total} 分`, { min: b.min, total: r.total })
  }
  return problems
}

/** The index of the first element equal to an earlier one, -1 if none. */
function firstRepeat<T>(xs: readonly T[]): number {
  return xs.findIndex((x, i) => xs.indexOf(x) !== i)
}
