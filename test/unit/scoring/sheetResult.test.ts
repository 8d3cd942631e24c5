import { describe, expect, it } from 'vitest'
import { diagnosticTemplate as rubric } from '../../../src/core/rubric/templates/diagnostic'
import { allIndicators } from '../../../src/core/rubric/indicators'
import { sheetResult } from '../../../src/core/scoring/sheetResult'
import type { Entry } from '../../../src/core/domain/workspace'
import type { Level } from '../../../src/core/domain/rubric'
import { mulberry32 } from '../../../src/core/util/prng'

const inds = allIndicators(rubric)
const LEVELS: Level[] = ['A', 'B', 'C', 'D']

function sheetOf(levels: Record<string, Level>): { entries: Record<string, Entry> } {
  return { entries: Object.fromEntries(Object.entries(levels).map(([k, l]) => [k, { level: l }])) }
}
function all(level: Level) {
  return sheetOf(Object.fromEntries(inds.map((i) => [i.code, level])))
}

describe('sheetResult', () => {
  it('gives coefficient × points per indicator and sums them', () => {
    expect(sheetResult(rubric, all('A')).total).toBe(100)
    expect(sheetResult(rubric, all('B')).total).toBe(80)
    expect(sheetResult(rubric, all('C')).total).toBe(60)
    expect(sheetResult(rubric, all('D')).total).toBe(30)
    // 1.1 (4 points) at B = 3.2, 1.2 (3 points) at D = 0.9
    const r = sheetResult(rubric, sheetOf({ '1.1': 'B', '1.2': 'D' }))
    expect(r.total).toBe(4.1)
    expect(r.scoredCount).toBe(2)
    expect(r.complete).toBe(false)
    expect(r.dimensions[0]).toMatchObject({ name: '专业定位与产业对接', max: 10, points: 4.1 })
  })

  it('maps totals to grade bands at their edges', () => {
    // all A except 7.3 (信息化管理, 2 points) at B → 99.6 → A
    const levels = Object.fromEntries(inds.map((i) => [i.code, 'A' as Level]))
    expect(sheetResult(rubric, sheetOf({ ...levels, '7.3': 'B' })).grade).toBe('A')
    // all B = 80.00 exactly → B 良好 (80 is inclusive)
    expect(sheetResult(rubric, all('B'))).toMatchObject({ grade: 'B', gradeLabel: '良好' })
    expect(sheetResult(rubric, all('C'))).toMatchObject({ grade: 'C', gradeLabel: '合格' })
    expect(sheetResult(rubric, all('D'))).toMatchObject({ grade: 'D', gradeLabel: '不合格' })
  })

  it('caps the grade at C when a ★ item is D, and gives D for three ★ at D', () => {
    const levels = Object.fromEntries(inds.map((i) => [i.code, 'A' as Level]))
    const oneKeyD = sheetResult(rubric, sheetOf({ ...levels, '1.1': 'D' }))
    expect(oneKeyD.total).toBe(97.2)
    expect(oneKeyD.grade).toBe('C')
    expect(oneKeyD.gradeCapReason).toContain('1.1')
    const keys = inds.filter((i) => i.key).map((i) => i.code)
    const threeKeyD = sheetResult(rubric, sheetOf({ ...levels, [keys[0]!]: 'D', [keys[1]!]: 'D', [keys[2]!]: 'D' }))
    expect(threeKeyD.grade).toBe('D')
    // a non-key D does not cap
    expect(sheetResult(rubric, sheetOf({ ...levels, '1.2': 'D' })).grade).toBe('A')
  })

  it('properties: never above the maximum, monotone in each level, deterministic', () => {
    const rnd = mulberry32(7)
    for (let n = 0; n < 500; n++) {
      const levels: Record<string, Level> = {}
      for (const i of inds) if (rnd() < 0.9) levels[i.code] = LEVELS[Math.floor(rnd() * 4)]!
      const r = sheetResult(rubric, sheetOf(levels))
      expect(r.total).toBeLessThanOrEqual(rubric.total)
      expect(r.total).toBeGreaterThanOrEqual(0)
      expect(sheetResult(rubric, sheetOf({ ...levels }))).toEqual(r)
      const code = inds[Math.floor(rnd() * inds.length)]!.code
      const cur = levels[code]
      const better: Level = cur === undefined ? 'D' : LEVELS[Math.max(0, LEVELS.indexOf(cur) - 1)]!
      expect(sheetResult(rubric, sheetOf({ ...levels, [code]: better })).total).toBeGreaterThanOrEqual(r.total)
    }
  })
})
