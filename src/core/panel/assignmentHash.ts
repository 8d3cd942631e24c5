import { createHash } from 'node:crypto'
import type { Assignment } from '../domain/workspace'

/**
 * JSON with object keys sorted at every level, no whitespace; arrays keep their order (a panel's order is
 * part of the result: field members first, as drawn). `undefined` members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`
}

/**
 * sha256 (hex) of the canonical JSON of the assignments, for DrawRecord.resultHash and the audit log:
 * a re-run of the draw with the same seed must give the same hash; key order in the record does not matter.
 */
export function canonicalAssignmentHash(assignments: Readonly<Record<string, Assignment>>): string {
  return createHash('sha256').update(canonicalJson(assignments), 'utf8').digest('hex')
}
