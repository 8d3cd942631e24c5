import { describe, expect, it } from 'vitest'
import { mapConcurrent } from '../../../src/core/util/mapConcurrent'

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('mapConcurrent', () => {
  it('keeps the items order whatever order the calls finish in, with at most `limit` in flight', async () => {
    let inFlight = 0
    let most = 0
    const out = await mapConcurrent([30, 5, 20, 1, 10], 2, async (ms, i) => {
      inFlight++
      most = Math.max(most, inFlight)
      await tick(ms)
      inFlight--
      return `${i}:${ms}`
    })
    expect(out).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10'])
    expect(most).toBe(2)
  })

  it('starts nothing after a failure, waits for the calls in flight, then throws the first error', async () => {
    const started: number[] = []
    const settled: number[] = []
    const run = mapConcurrent([0, 1, 2, 3, 4], 2, async (i) => {
      started.push(i)
      if (i === 0) {
        await tick(1)
        throw new Error('first')
      }
      await tick(20)
      settled.push(i)
      if (i === 1) throw new Error('second')
      return i
    })
    await expect(run).rejects.toThrow('first')
    expect(started).toEqual([0, 1])
    expect(settled).toEqual([1])
  })

  it('handles an empty list', async () => {
    expect(await mapConcurrent([], 3, async () => 1)).toEqual([])
  })
})
