import { describe, expect, it } from 'vitest'
import { diagnosticTemplate } from '../../../src/core/rubric/templates/diagnostic'
import { allIndicators } from '../../../src/core/rubric/indicators'
import { submitBlocker } from '../../../src/core/scoring/submitBlocker'
import type { Rubric } from '../../../src/core/domain/rubric'
import type { Entry, ScoreSheet } from '../../../src/core/domain/workspace'

const base: Rubric = diagnosticTemplate
const withEligibility: Rubric = {
  ...base,
  eligibility: [
    { code: 'E1', text: '申报材料齐全' },
    { code: 'E2', text: '无违规记录' },
  ],
}
const inds = allIndicators(base)
const [first, second] = [inds[0]!, inds[1]!]
const allA: Record<string, Entry> = Object.fromEntries(inds.map((i) => [i.code, { level: 'A' }]))
const allButTwo: Record<string, Entry> = Object.fromEntries(inds.slice(2).map((i) => [i.code, { level: 'A' }]))
const allButSeven: Record<string, Entry> = Object.fromEntries(inds.slice(7).map((i) => [i.code, { level: 'B' }]))

type Sheet = Pick<ScoreSheet, 'entries' | 'status' | 'rubricVersion'> & Partial<Pick<ScoreSheet, 'eligibility'>>
const v = base.version

const cases: Array<{ name: string; rubric: Rubric; sheet: Sheet; current?: number; code: string | null; message?: RegExp }> = [
  { name: 'a complete draft', rubric: base, sheet: { entries: allA, status: 'draft', rubricVersion: v }, code: null },
  { name: 'an empty draft', rubric: base, sheet: { entries: {}, status: 'draft', rubricVersion: v }, code: 'SHEET_INCOMPLETE', message: new RegExp(`还有 ${inds.length} 项指标未评分：.* 等。全部评完才能提交。`) },
  { name: 'two indicators missing', rubric: base, sheet: { entries: allButTwo, status: 'draft', rubricVersion: v }, code: 'SHEET_INCOMPLETE', message: new RegExp(`^还有 2 项指标未评分：${first.name}、${second.name}。`) },
  { name: 'seven missing names five', rubric: base, sheet: { entries: allButSeven, status: 'draft', rubricVersion: v }, code: 'SHEET_INCOMPLETE', message: /^还有 7 项指标未评分：([^、]+、){4}[^、]+ 等。/ },
  { name: 'already submitted', rubric: base, sheet: { entries: allA, status: 'submitted', rubricVersion: v }, code: 'SHEET_SUBMITTED', message: /已经提交过了/ },
  { name: 'scored under an earlier rubric', rubric: base, sheet: { entries: allA, status: 'draft', rubricVersion: v }, current: v + 1, code: 'SHEET_INCOMPLETE', message: new RegExp(`已更新到第 ${v + 1} 版`) },
  { name: 'eligibility pending', rubric: withEligibility, sheet: { entries: allA, status: 'draft', rubricVersion: v, eligibility: { E1: 'pass' } }, code: 'SHEET_INCOMPLETE', message: /请先核查资格条件（还有 1 项未核查）/ },
  { name: 'eligibility pending on an empty sheet comes first', rubric: withEligibility, sheet: { entries: {}, status: 'draft', rubricVersion: v, eligibility: {} }, code: 'SHEET_INCOMPLETE', message: /还有 2 项未核查/ },
  { name: 'eligibility failed: 不予评定 may be submitted unscored', rubric: withEligibility, sheet: { entries: {}, status: 'draft', rubricVersion: v, eligibility: { E1: 'fail' } }, code: null },
  { name: 'eligibility all passed and complete', rubric: withEligibility, sheet: { entries: allA, status: 'draft', rubricVersion: v, eligibility: { E1: 'pass', E2: 'pass' } }, code: null },
]

describe('submitBlocker', () => {
  it.each(cases)('$name', ({ rubric, sheet, current, code, message }) => {
    const b = submitBlocker(rubric, sheet, current ?? v)
    if (code === null) expect(b).toBeNull()
    else {
      expect(b?.code).toBe(code)
      expect(b?.message).toMatch(message!)
    }
  })

  it('lists the missing indicators and pending checks for programs', () => {
    expect(submitBlocker(base, { entries: allButTwo, status: 'draft', rubricVersion: v }, v)?.details).toEqual({
      missing: [first.name, second.name],
    })
    expect(submitBlocker(withEligibility, { entries: {}, status: 'draft', rubricVersion: v }, v)?.details).toEqual({
      eligibilityPending: ['E1', 'E2'],
    })
  })
})
