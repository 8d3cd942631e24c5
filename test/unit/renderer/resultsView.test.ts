import { describe, expect, it } from 'vitest'
import type { ResultRow } from '../../../src/core/api/outputs'
import { EMPTY_VIEW, filterRows, needsAttention, NOT_RATED } from '../../../src/renderer/src/features/results/resultsView'

type Expert = ResultRow['experts'][number]
const expert = (over: Partial<Expert> = {}): Expert => ({ expertId: 'e1', expertName: '甲', status: 'submitted', total: 80, deviation: 0, flagged: false, ...over })

function row(id: string, over: Partial<ResultRow> = {}): ResultRow {
  return {
    submission: { id, school: `学校${id}`, program: '数控技术应用', applicant: `申报人${id}`, groupId: 'g1' },
    groupName: '第一协作组',
    experts: [expert(), expert({ expertId: 'e2' })],
    submittedCount: 2,
    gradeLabel: '良好',
    notRated: null,
    vetoes: [],
    result: 80,
    rank: 1,
    ...over,
  } as unknown as ResultRow
}

const a = row('a')
const b = row('b', { groupName: '第二协作组', gradeLabel: '优秀' })
const missing = row('c', { submittedCount: 1, experts: [expert(), expert({ expertId: 'e2', status: 'draft', total: null })] })
const deviating = row('d', { experts: [expert(), expert({ expertId: 'e2', flagged: true, deviation: 16 })] })
const vetoOpen = row('e', { vetoes: [{ code: 'V1', text: '', count: 1, needed: 2, confirmed: false }] as unknown as ResultRow['vetoes'] })
const vetoStands = row('f', { notRated: '一票否决成立', gradeLabel: null, vetoes: [{ code: 'V1', text: '', count: 2, needed: 2, confirmed: true }] as unknown as ResultRow['vetoes'] })
const rows = [a, b, missing, deviating, vetoOpen, vetoStands]
const ids = (rs: readonly ResultRow[]) => rs.map((r) => r.submission.id)

describe('结果与评定 filters', () => {
  it('returns the rows themselves when nothing is set', () => {
    expect(filterRows(rows, EMPTY_VIEW)).toBe(rows)
  })

  it('needs attention: missing sheets, a deviation flag, or a raised veto that does not stand', () => {
    expect(rows.filter(needsAttention).map((r) => r.submission.id)).toEqual(['c', 'd', 'e'])
    expect(ids(filterRows(rows, { ...EMPTY_VIEW, attention: true }))).toEqual(['c', 'd', 'e'])
  })

  it('filters by 协作组 and 等次, 不予评定 apart from any grade', () => {
    expect(ids(filterRows(rows, { ...EMPTY_VIEW, group: '第二协作组' }))).toEqual(['b'])
    expect(ids(filterRows(rows, { ...EMPTY_VIEW, grade: '优秀' }))).toEqual(['b'])
    expect(ids(filterRows(rows, { ...EMPTY_VIEW, grade: NOT_RATED }))).toEqual(['f'])
  })

  it('searches school, program and 申报人, ignoring case and surrounding spaces', () => {
    expect(ids(filterRows(rows, { ...EMPTY_VIEW, search: ' 学校D ' }))).toEqual(['d'])
    expect(ids(filterRows(rows, { ...EMPTY_VIEW, search: '申报人e' }))).toEqual(['e'])
    expect(filterRows(rows, { ...EMPTY_VIEW, search: '数控' })).toHaveLength(6)
    expect(filterRows(rows, { ...EMPTY_VIEW, search: '没有' })).toHaveLength(0)
  })

  it('combines the filters', () => {
    expect(ids(filterRows(rows, { ...EMPTY_VIEW, group: '第一协作组', attention: true, search: '学校c' }))).toEqual(['c'])
  })
})
