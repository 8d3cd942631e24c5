import { describe, expect, it } from 'vitest'
import { dropKind, NEEDS_CAMPAIGN } from '../../../src/renderer/src/features/dropImport/dropKind'

const file = (name: string) => ({ name, isDirectory: false })

describe('drop router: which import a dropped file goes to', () => {
  it('routes by kind of file, a .xlsx by the tab it is dropped on', () => {
    expect(dropKind(file('2026申报汇总.xlsx'), { tab: 'submissions' })).toBe('roster')
    expect(dropKind(file('名册.CSV'), { tab: null })).toBe('roster')
    expect(dropKind(file('指标体系.xlsx'), { tab: 'rubric' })).toBe('rubric')
    expect(dropKind(file('rubric.json'), { tab: 'overview' })).toBe('rubric')
    expect(dropKind(file('材料.zip'), { tab: 'rubric' })).toBe('materials')
    expect(dropKind(file('张老师.wbexp'), { tab: null })).toBe('package')
    expect(dropKind(file('scores.WBSCORE'), { tab: null })).toBe('package')
  })
  it('names what it cannot take: a folder, an old .xls, anything else', () => {
    expect(dropKind({ name: '材料', isDirectory: true }, { tab: 'submissions' })).toBe('folder')
    expect(dropKind(file('old.xls'), { tab: 'submissions' })).toBe('oldExcel')
    expect(dropKind(file('photo.png'), { tab: 'submissions' })).toBe('unknown')
    expect(dropKind(file('noextension'), { tab: 'submissions' })).toBe('unknown')
  })
  it('only packages may be dropped outside a campaign', () => {
    expect(NEEDS_CAMPAIGN).toEqual(['roster', 'materials', 'rubric'])
  })
})
