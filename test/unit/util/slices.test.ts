import { describe, expect, it } from 'vitest'
import { mapInSlices, sliceClock, yieldToLoop } from '../../../src/core/util/slices'

const busy = (ms: number) => {
  const end = performance.now() + ms
  while (performance.now() < end);
}

describe('sliced work shares the turns of the event loop (util/slices.ts)', () => {
  it('runs one slice per turn even when several tasks slice at once: a timer gets in between any two slices', async () => {
    const log: string[] = []
    let ticking = true
    const tick = () => {
      log.push('tick')
      if (ticking) setTimeout(tick, 0)
    }
    setTimeout(tick, 0)
    const task = async (name: string) => {
      // started in one turn, each waits for its first slice as for the others
      for (let i = 0; i < 8; i++) {
        await yieldToLoop()
        busy(2) // longer than the timer's 1 ms: it is due at every turn
        log.push(name)
      }
    }
    await Promise.all([task('a'), task('b'), task('c')])
    ticking = false
    const slices = log.filter((x) => x !== 'tick')
    expect(slices).toHaveLength(24)
    // round robin, and never two slices without a turn of the loop (a tick) between them
    expect(slices.slice(0, 6)).toEqual(['a', 'b', 'c', 'a', 'b', 'c'])
    const firstSlice = log.findIndex((x) => x !== 'tick')
    for (let i = firstSlice + 1; i < log.length; i++) {
      if (log[i] !== 'tick') expect(log[i - 1], `${log.slice(Math.max(0, i - 3), i + 1).join(' ')}`).toBe('tick')
    }
  })

  it('mapInSlices keeps the order and the values', async () => {
    const xs = Array.from({ length: 500 }, (_, i) => i)
    expect(await mapInSlices(xs, (x) => x * 2, 0)).toEqual(xs.map((x) => x * 2))
  })
})

describe('sliced work started in the middle of a turn waits for its own (util/slices.ts)', () => {
  it('a slice clock yields at its first check, and mapInSlices before its first item', async () => {
    const log: string[] = []
    const work = mapInSlices([1, 2, 3], (x) => log.push(`item ${x}`))
    // started here, in this turn: nothing of it has run yet
    log.push('caller goes on')
    await work
    expect(log[0]).toBe('caller goes on')
    expect(log).toHaveLength(4)
    expect(sliceClock(1_000_000).maybeYield()).toBeInstanceOf(Promise)
  })
})
