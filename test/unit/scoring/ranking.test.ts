import { describe, expect, it } from 'vitest'
import { isProvisional, rankResults } from '../../../src/core/scoring/ranking'

describe('ranking only complete results (issue 9 item 3)', () => {
  it('does not rank a result with 1 of 3 sheets submitted, however high', () => {
    const rows = [
      { result: 95, submittedCount: 1, panelSize: 3 },
      { result: 80, submittedCount: 3, panelSize: 3 },
      { result: 85, submittedCount: 3, panelSize: 3 },
    ]
    expect(rankResults(rows)).toEqual([null, 2, 1])
    expect(isProvisional(rows[0]!)).toBe(true)
    expect(isProvisional(rows[1]!)).toBe(false)
  })

  it('shares a rank on equal results and skips the next (1, 1, 3)', () => {
    const rows = [80, 90, 90, 70].map((result) => ({ result, submittedCount: 5, panelSize: 5 }))
    expect(rankResults(rows)).toEqual([3, 1, 1, 4])
  })

  it('gives no rank to rows without a result, to empty panels, or when the kind is not ranked', () => {
    expect(rankResults([{ result: null, submittedCount: 3, panelSize: 3 }])).toEqual([null])
    expect(isProvisional({ submittedCount: 0, panelSize: 0 })).toBe(true)
    expect(rankResults([{ result: 88, submittedCount: 3, panelSize: 3 }], { ranked: false })).toEqual([null])
  })
})
