/**
 * Finds the members of one object-valued field of a JSON document without parsing it (issue 14):
 * a sheets shard is `{"kind":…, "sheets": {"<id>": {…}, …}}`, and JSON.parse of its 1 MB in one
 * piece (with the garbage collection it sets off) blocked the event loop for up to ~90 ms. With the
 * members' places known, each member is parsed on its own, a thousand small parses with the loop
 * turning in between (recordParse.ts).
 *
 * Only a scanner: it checks the punctuation around the members (`{ "k" : v , … }`), skips over
 * strings (escapes included) and nested brackets, and leaves every value's own validity to JSON.parse
 * of that value. `head` is the document with the field's value replaced by `{}`, so JSON.parse(head)
 * checks everything outside the record (and anything after the document). The document is valid JSON
 * exactly when the head and every key and value parse. Returns null when the text is not shaped as
 * expected (malformed, the field missing, not an object, or present twice): the caller then parses the
 * whole text, and a broken file is refused with JSON.parse's own words.
 */
export interface SplitRecord {
  head: string
  /** each member's key (a JSON string literal, quotes included) and value, as text, in file order */
  members: Array<{ key: string; value: string }>
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COLON = 0x3a
const COMMA = 0x2c
const OPEN = 0x7b
const CLOSE = 0x7d

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09

function skipWs(text: string, i: number): number {
  while (i < text.length && isWs(text.charCodeAt(i))) i++
  return i
}

/** The index after the string literal starting at `i` (a quote), or -1 when it never closes. */
function stringEnd(text: string, i: number): number {
  let from = i + 1
  for (;;) {
    const q = text.indexOf('"', from)
    if (q < 0) return -1
    let k = q - 1
    while (text.charCodeAt(k) === BACKSLASH) k--
    // an even number of backslashes before the quote: it closes the string
    if ((q - 1 - k) % 2 === 0) return q + 1
    from = q + 1
  }
}

/** The index after the value starting at `i`, or -1 (only brackets and strings are followed; JSON.parse checks the rest). */
function valueEnd(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c === QUOTE) return stringEnd(text, i)
  if (c === OPEN || c === 0x5b) {
    let depth = 0
    for (let j = i; j < text.length; j++) {
      const d = text.charCodeAt(j)
      if (d === QUOTE) {
        j = stringEnd(text, j)
        if (j < 0) return -1
        j -= 1
      } else if (d === OPEN || d === 0x5b) depth++
      else if (d === CLOSE || d === 0x5d) {
        depth--
        if (depth === 0) return j + 1
      }
    }
    return -1
  }
  // a number, true, false or null: up to the next delimiter
  let j = i
  while (j < text.length) {
    const d = text.charCodeAt(j)
    if (d === COMMA || d === CLOSE || d === 0x5d || isWs(d)) break
    j++
  }
  return j > i ? j : -1
}

/**
 * Walks the object `{ "k": v, … }` starting at `i` (its brace): for each member, `member(keyStart,
 * keyEnd, valueStart)` returns the index after the value (or -1); `pause` may return a promise to
 * wait for between members (the caller's slice clock). Resolves with the index after `}`, or -1.
 */
async function walkObject(
  text: string,
  i: number,
  member: (keyStart: number, keyEnd: number, valueStart: number) => number | Promise<number>,
  pause: () => Promise<void> | undefined,
): Promise<number> {
  if (text.charCodeAt(i) !== OPEN) return -1
  i = skipWs(text, i + 1)
  if (text.charCodeAt(i) === CLOSE) return i + 1
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return -1
    const keyEnd = stringEnd(text, i)
    if (keyEnd < 0) return -1
    let j = skipWs(text, keyEnd)
    if (text.charCodeAt(j) !== COLON) return -1
    j = skipWs(text, j + 1)
    const end = await member(i, keyEnd, j)
    if (end < 0) return -1
    i = skipWs(text, end)
    const c = text.charCodeAt(i)
    if (c === CLOSE) return i + 1
    if (c !== COMMA) return -1
    i = skipWs(text, i + 1)
    const y = pause()
    if (y) await y
  }
}

/**
 * Splits `text` at the members of its field `field` (see above); `pause` is asked between members
 * whether to let the event loop turn (a 1 MB shard takes a few ms to scan).
 */
export async function splitRecord(text: string, field: string, pause: () => Promise<void> | undefined = () => undefined): Promise<SplitRecord | null> {
  let record: { start: number; end: number } | null = null
  let twice = false
  const members: SplitRecord['members'] = []
  const end = await walkObject(
    text,
    skipWs(text, 0),
    async (keyStart, keyEnd, valueStart) => {
      let key: unknown
      try {
        key = JSON.parse(text.slice(keyStart, keyEnd))
      } catch {
        return -1
      }
      if (key !== field) return valueEnd(text, valueStart)
      if (record) twice = true
      const recordEnd = await walkObject(
        text,
        valueStart,
        (k0, k1, v0) => {
          const v1 = valueEnd(text, v0)
          if (v1 >= 0) members.push({ key: text.slice(k0, k1), value: text.slice(v0, v1) })
          return v1
        },
        pause,
      )
      record = { start: valueStart, end: recordEnd }
      return recordEnd
    },
    () => undefined,
  )
  const found = record as { start: number; end: number } | null
  if (end < 0 || !found || twice) return null
  return { head: `${text.slice(0, found.start)}{}${text.slice(found.end)}`, members }
}
