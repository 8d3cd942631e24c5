import { describe, expect, it } from 'vitest'
import { diagnosticTemplate } from '../../../src/core/rubric/templates/diagnostic'
import { RubricSchema } from '../../../src/core/domain/rubric'
import { allIndicators } from '../../../src/core/rubric/indicators'

describe('专业建设诊断 template (docs/domain/review-kinds.md (a))', () => {
  it('passes the rubric schema unchanged', () => {
    expect(RubricSchema.parse(diagnosticTemplate)).toEqual(diagnosticTemplate)
  })

  it('has 8 一级指标 and 24 二级指标 with the points of the table', () => {
    expect(diagnosticTemplate.dimensions.map((d) => [d.name, d.points])).toEqual([
      ['专业定位与产业对接', 10],
      ['人才培养方案与工学一体化', 14],
      ['课程体系与教学资源', 16],
      ['师资队伍', 16],
      ['实训条件', 12],
      ['校企合作与产教融合', 12],
      ['教学管理与质量保障', 8],
      ['培养质量与社会服务', 12],
    ])
    const inds = allIndicators(diagnosticTemplate)
    expect(inds).toHaveLength(24)
    expect(inds.map((i) => i.points)).toEqual([4, 3, 3, 5, 6, 3, 6, 5, 5, 4, 6, 6, 6, 4, 2, 5, 4, 3, 3, 3, 2, 5, 4, 3])
  })

  it('sums to 100 and each 一级指标 to its 二级指标', () => {
    let sum = 0
    for (const d of diagnosticTemplate.dimensions) {
      expect(d.indicators.reduce((s, i) => s + i.points, 0)).toBe(d.points)
      sum += d.points
    }
    expect(sum).toBe(100)
    expect(diagnosticTemplate.total).toBe(100)
  })

  it('marks exactly the six ★ items and writes four descriptors for every indicator', () => {
    const inds = allIndicators(diagnosticTemplate)
    expect(inds.filter((i) => i.key).map((i) => i.name)).toEqual([
      '产业需求调研与专业定位',
      '人才培养方案',
      '课程标准与内容对接职业标准',
      '队伍结构',
      '校内实训基地',
      '学生技能水平',
    ])
    for (const i of inds) {
      for (const l of ['A', 'B', 'C', 'D'] as const) expect(i.descriptors[l]?.length ?? 0).toBeGreaterThan(10)
      expect(i.observationPoints.length).toBeGreaterThanOrEqual(2)
    }
    expect(new Set(inds.map((i) => i.code)).size).toBe(24)
  })

  it('uses coefficients 1.0/0.8/0.6/0.3 and the default grade bands', () => {
    expect(diagnosticTemplate.levels.map((l) => [l.level, l.coefficient])).toEqual([
      ['A', 1],
      ['B', 0.8],
      ['C', 0.6],
      ['D', 0.3],
    ])
    expect(diagnosticTemplate.gradeBands.map((b) => [b.grade, b.min])).toEqual([
      ['A', 90],
      ['B', 80],
      ['C', 60],
      ['D', 0],
    ])
  })
})
