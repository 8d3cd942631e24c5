/**
 * Canonical JSON of a value, the bytes that get signed (issue 11): object keys sorted by UTF-16 code unit,
 * no whitespace, arrays in order, strings and numbers as JSON.stringify writes them. Two parties that hold
 * the same data produce the same bytes, whatever order the keys were built in.
 *
 * Refuses what JSON cannot carry faithfully (undefined, functions, NaN, ±Infinity, bigint): a value that
 * would silently change on the way through is not something to sign.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$')
}

function write(v: unknown, at: string): string {
  if (v === null) return 'null'
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return JSON.stringify(v)
    case 'number':
      if (!Number.isFinite(v)) throw new TypeError(`canonicalJson: ${at} is not a finite number`)
      return JSON.stringify(v)
    case 'object': {
      if (Array.isArray(v)) return `[${v.map((x, i) => write(x, `${at}[${i}]`)).join(',')}]`
      const o = v as Record<string, unknown>
      const keys = Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort()
      return `{${keys.map((k) => `${JSON.stringify(k)}:${write(o[k], `${at}.${k}`)}`).join(',')}}`
    }
    default:
      throw new TypeError(`canonicalJson: ${at} is ${typeof v}, which JSON cannot carry`)
  }
}
