import { describe, expect, it } from 'vitest'
import { aggregate, trimmedMean } from '../../../src/core/scoring/aggregate'

describe('aggregation rules (docs/domain/review-kinds.md)', () => {
  it('drops one highest and one lowest with five or more experts', () => {
    // 70 and 95 dropped; (80 + 85 + 88) / 3 = 84.333… → 84.33
    expect(trimmedMean([85, 70, 95, 80, 88])).toMatchObject({ applied: 'trimmedMean', value: 84.33, dropped: { lowest: 70, highest: 95 } })
    // seven experts, ties at the extremes: only one of each is dropped
    // drop one 60 and one 90: (60 + 75 + 80 + 85 + 90) / 5 = 78
    expect(trimmedMean([90, 90, 60, 60, 75, 80, 85]).value).toBe(78)
  })

  it('uses the plain mean with fewer than five', () => {
    expect(trimmedMean([80, 90, 85, 86])).toMatchObject({ applied: 'mean', value: 85.25, dropped: {} })
    expect(trimmedMean([77.7])).toMatchObject({ value: 77.7 })
    expect(trimmedMean([]).value).toBeNull()
  })

  it('rounds half away from zero at two decimals despite binary noise', () => {
    // (80.125 + 80.13) / 2 = 80.1275 → 80.13
    expect(aggregate('mean', [80.125, 80.13]).value).toBe(80.13)
    expect(aggregate('mean', [0.1, 0.2]).value).toBe(0.15)
    expect(aggregate('mean', [1.005, 1.005]).value).toBe(1.01)
  })
})
