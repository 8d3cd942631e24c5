import { describe, expect, it } from 'vitest'
import { parseRatingsCsv } from '../../../src/core/calibration/ratingsCsv'
import { WorkbenchError } from '../../../src/core/domain/errors'

describe('ratings CSV', () => {
  it('reads names, numbers, empty cells and NA as missing; BOM, CRLF and quotes', () => {
    const t = parseRatingsCsv('\uFEFF"张三","李四, 主任",王五\r\n1,2,\r\n3,NA,4.5\r\n\r\n,"6",-1e1\r\n')
    expect(t.raters).toEqual(['张三', '李四, 主任', '王五'])
    expect(t.matrix).toEqual([
      [1, 2, null],
      [3, null, 4.5],
      [null, 6, -10],
    ])
  })

  it('names every bad cell by row and column and computes nothing', () => {
    let err: unknown
    try {
      parseRatingsCsv('a,b\n1,x\n0x10,2\n1,2,3\n')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(WorkbenchError)
    const w = err as WorkbenchError
    expect(w.code).toBe('INVALID_INPUT')
    expect(w.issues).toEqual([
      { path: '第 2 行第 2 列', message: '“x”不是数字' },
      { path: '第 3 行第 1 列', message: '“0x10”不是数字' },
      { path: '第 4 行', message: '有 3 列，比第一行的专家数（2）多' },
    ])
  })

  it('refuses an empty file and empty rater names', () => {
    expect(() => parseRatingsCsv('\n\n')).toThrow('评分表是空的')
    expect(() => parseRatingsCsv('a,,c\n1,2,3\n')).toThrow(WorkbenchError)
  })
})
