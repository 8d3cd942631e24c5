import { sliceClock } from './slices'

/** Arrays at least this long are written element by element (a results summary's 1,000 rows). */
const LONG = 64
/** How deep to look for long arrays (an envelope's value.progress.bySubmission is at depth 3). */
const MAX_DEPTH = 4

const isPlainObject = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v) as unknown
  return proto === Object.prototype || proto === null
}

/**
 * `JSON.stringify(value)`, the same text, with the event loop turning between pieces (issue 14): the
 * bridge answered results.summary (1.8 MB at 1,000 submissions) with one JSON.stringify that held its
 * loop for ~15 ms, and the garbage collection it set off for more. Long arrays near the top are written
 * element by element — each element by JSON.stringify itself — with a turn of the loop every few ms
 * (util/slices.ts); everything else, and anything with a toJSON, is left to JSON.stringify whole.
 */
export async function stringifyInSlices(value: unknown): Promise<string | undefined> {
  const parts: string[] = []
  const clock = sliceClock()
  const write = async (v: unknown, depth: number): Promise<boolean> => {
    const leaf = typeof v !== 'object' || v === null || depth >= MAX_DEPTH || typeof (v as { toJSON?: unknown }).toJSON === 'function'
    if (leaf || (!Array.isArray(v) && !isPlainObject(v))) {
      const text = JSON.stringify(v)
      if (text === undefined) return false
      parts.push(text)
      return true
    }
    if (Array.isArray(v)) {
      parts.push('[')
      for (let i = 0; i < v.length; i++) {
        if (i > 0) parts.push(',')
        if (v.length >= LONG) {
          parts.push(JSON.stringify(v[i]) ?? 'null')
          const y = clock.maybeYield()
          if (y) await y
        } else if (!(await write(v[i], depth + 1))) parts.push('null')
      }
      parts.push(']')
      return true
    }
    parts.push('{')
    let first = true
    for (const key of Object.keys(v)) {
      const mark = parts.length
      parts.push(first ? '' : ',', JSON.stringify(key), ':')
      if (await write((v as Record<string, unknown>)[key], depth + 1)) first = false
      else parts.length = mark // undefined, a function or a symbol: left out, as JSON.stringify does
    }
    parts.push('}')
    return true
  }
  return (await write(value, 0)) ? parts.join('') : undefined
}
