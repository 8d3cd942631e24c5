/**
 * JSON from a package (docs/design/hostile-inputs.md "JSON from files and packages"): a size cap before
 * parsing, JSON.parse (no reviver), then a walk that refuses nesting deeper than `maxDepth` and any key
 * that could reach a prototype when copied (`__proto__`, `constructor`, `prototype`). Returns undefined
 * on any problem; the caller words the refusal and hands the value to zod.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export function parseUntrustedJson(bytes: Uint8Array, opts: { maxBytes: number; maxDepth: number }): unknown {
  if (bytes.length > opts.maxBytes) return undefined
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return undefined
  }
  return safe(value, 0, opts.maxDepth) ? value : undefined
}

function safe(v: unknown, depth: number, max: number): boolean {
  if (v === null || typeof v !== 'object') return true
  if (depth >= max) return false
  if (Array.isArray(v)) return v.every((x) => safe(x, depth + 1, max))
  for (const k of Object.keys(v)) {
    if (FORBIDDEN_KEYS.has(k)) return false
    if (!safe((v as Record<string, unknown>)[k], depth + 1, max)) return false
  }
  return true
}
