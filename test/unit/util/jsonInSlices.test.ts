import { describe, expect, it } from 'vitest'
import { stringifyInSlices } from '../../../src/core/util/jsonInSlices'
import { mulberry32 } from '../../../src/core/util/prng'

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

/** a random JSON-ish value with what JSON.stringify treats specially: undefined, functions, NaN, dates, toJSON, classes, holes */
function randomValue(rand: () => number, depth: number): unknown {
  const r = rand()
  if (depth > 4 || r < 0.3) {
    const leaves = [1.5, -0, NaN, Infinity, 'text "q" \\ \n 中文', true, null, undefined, () => 1, new Date(0), { toJSON: () => 'J' }, new Point(1, 2), Symbol('s')]
    return leaves[Math.floor(rand() * leaves.length)]
  }
  if (r < 0.65) {
    // a long array (written element by element) only near the top, of small values
    const long = depth < 2 && rand() < 0.3
    const arr = Array.from({ length: long ? 64 + Math.floor(rand() * 40) : Math.floor(rand() * 5) }, () => randomValue(rand, long ? 4 : depth + 1))
    const n = arr.length
    if (n > 2 && rand() < 0.2) delete arr[1]
    return arr
  }
  const obj: Record<string, unknown> = rand() < 0.1 ? Object.create(null) : {}
  for (let i = Math.floor(rand() * 6); i > 0; i--) obj[rand() < 0.2 ? String(i) : `k${i}${rand() < 0.1 ? '"' : ''}`] = randomValue(rand, depth + 1)
  return obj
}

describe('stringifyInSlices: JSON.stringify with the event loop turning', () => {
  it('writes the very text JSON.stringify writes, for 300 random values', async () => {
    const rand = mulberry32(14)
    for (let n = 0; n < 300; n++) {
      const v = randomValue(rand, 0)
      expect(await stringifyInSlices(v)).toBe(JSON.stringify(v))
    }
    expect(await stringifyInSlices(undefined)).toBeUndefined()
    expect(await stringifyInSlices({ ok: true, value: { rows: Array.from({ length: 100 }, (_, i) => ({ i, f: () => 0, u: undefined })) } })).toBe(
      JSON.stringify({ ok: true, value: { rows: Array.from({ length: 100 }, (_, i) => ({ i, f: () => 0, u: undefined })) } }),
    )
  })

  it('lets the loop turn while it writes a large envelope', async () => {
    const row = (i: number) => ({ id: `s${i}`, experts: Array.from({ length: 7 }, (_, e) => ({ e, name: '专家'.repeat(3), total: 80 + e })), text: 'x'.repeat(500) })
    const envelope = { ok: true, value: { rows: Array.from({ length: 3000 }, (_, i) => row(i)) } }
    let turns = 0
    let done = false
    const tick = () => {
      turns += 1
      if (!done) setImmediate(tick)
    }
    setImmediate(tick)
    const text = await stringifyInSlices(envelope)
    done = true
    expect(text).toBe(JSON.stringify(envelope))
    expect(turns).toBeGreaterThan(1)
  })
})

describe('writeJsonInSlices: the same text in chunks', () => {
  it('hands the text out in pieces of about 64 K characters that join to JSON.stringify', async () => {
    const { writeJsonInSlices } = await import('../../../src/core/util/jsonInSlices')
    const value = { ok: true, value: { rows: Array.from({ length: 2000 }, (_, i) => ({ i, text: '中'.repeat(200), skip: undefined })) } }
    const chunks: string[] = []
    expect(await writeJsonInSlices(value, (t) => void chunks.push(t))).toBe(true)
    expect(chunks.join('')).toBe(JSON.stringify(value))
    expect(chunks.length).toBeGreaterThan(4)
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70 * 1024)
    const none: string[] = []
    expect(await writeJsonInSlices(undefined, (t) => void none.push(t))).toBe(false)
    expect(none).toEqual([])
  })
})
