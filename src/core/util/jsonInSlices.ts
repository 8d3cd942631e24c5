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
  return (await writeJsonInSlices(value, (text) => void parts.push(text))) ? parts.join('') : undefined
}

/** About this many characters are handed to `write` at a time. */
const CHUNK = 64 * 1024

/**
 * The text of `stringifyInSlices(value)`, handed to `write` in chunks of about 64 K characters as it is
 * made (a bridge answer streams out instead of being joined into one 2 MB string and written in one
 * piece, which held the loop ~30 ms more). `write` may return a promise to wait for (backpressure).
 * Resolves false, having written nothing, when the value has no JSON text (undefined, a function).
 */
export async function writeJsonInSlices(value: unknown, write: (text: string) => void | Promise<void>): Promise<boolean> {
  let parts: string[] = []
  let size = 0
  const clock = sliceClock()
  const flush = async () => {
    if (parts.length === 0) return
    const text = parts.join('')
    parts = []
    size = 0
    await write(text)
  }
  const push = (text: string) => {
    parts.push(text)
    size += text.length
  }
  const walk = async (v: unknown, depth: number): Promise<boolean> => {
    if (isLeaf(v, depth)) {
      const text = JSON.stringify(v)
      if (text === undefined) return false
      push(text)
      return true
    }
    if (Array.isArray(v)) {
      push('[')
      for (let i = 0; i < v.length; i++) {
        if (i > 0) push(',')
        if (v.length >= LONG) {
          push(JSON.stringify(v[i]) ?? 'null')
          if (size >= CHUNK) await flush()
          const y = clock.maybeYield()
          if (y) await y
        } else if (!(await walk(v[i], depth + 1))) push('null')
      }
      push(']')
      return true
    }
    push('{')
    let first = true
    for (const key of Object.keys(v as object)) {
      const member = (v as Record<string, unknown>)[key]
      const sep = `${first ? '' : ','}${JSON.stringify(key)}:`
      if (isLeaf(member, depth + 1)) {
        // undefined, a function or a symbol has no text: the member is left out, as JSON.stringify does
        const text = JSON.stringify(member)
        if (text === undefined) continue
        push(sep)
        push(text)
      } else {
        push(sep)
        await walk(member, depth + 1)
      }
      first = false
    }
    push('}')
    return true
  }
  if (!(await walk(value, 0))) return false
  await flush()
  return true
}

/** What is written by JSON.stringify in one piece: a primitive, anything with toJSON, a class instance, or anything deep. */
function isLeaf(v: unknown, depth: number): boolean {
  if (typeof v !== 'object' || v === null || depth >= MAX_DEPTH || typeof (v as { toJSON?: unknown }).toJSON === 'function') return true
  return !Array.isArray(v) && !isPlainObject(v)
}
