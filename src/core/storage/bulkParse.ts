import { z } from 'zod'
import { sliceClock } from '../util/slices'
import { parseAndMigrate, validateWorkspaceFile } from './jsonFileAdapter'

/**
 * Where a file's bulk is: the path from the file's root to an array or a record of many entries
 * (campaign.json: `['campaign', 'submissions']`, `['campaign', 'assignments']`).
 */
export type BulkPath = readonly string[]

/**
 * Reads a workspace file whose bulk lies in a few large arrays or records without blocking the event
 * loop for long (issue 14): the file is parsed whole (JSON.parse of campaign.json at 1,000
 * submissions is ~3 ms), then validated in two steps — the file with those collections emptied, then
 * their entries one by one, in slices with a turn of the loop between them (util/slices.ts). The first
 * read of a 1,000-submission campaign validated in one piece cost ~35 ms of zod on this machine, with
 * a collection of the garbage it made on top.
 *
 * The result is the same as `parseWorkspaceFile`'s: each collection is validated entry by entry only
 * where that is exactly what validating the whole would do — a `z.array` or a `z.record(z.string(),
 * …)` without checks of its own, under plain `z.object`s without refinements (`slicedShape`); any other
 * shape is validated whole. Whenever an entry or the rest does not validate, the whole file is
 * validated the old way, in one piece, so a refusal names the same issues in the same order as before.
 */
export async function parseBulkFileInSlices<T>(text: string, relPath: string, schema: z.ZodType<T>, kind: string, paths: readonly BulkPath[]): Promise<T> {
  const migrated = parseAndMigrate(text, relPath, kind)
  const whole = () => validateWorkspaceFile(migrated, relPath, schema)
  const bulks: Array<{ path: BulkPath; entries: Array<[string | number, unknown]>; item: z.ZodType; array: boolean }> = []
  let head = migrated
  for (const path of paths) {
    const shape = slicedShape(schema, path)
    const value = valueAt(migrated, path)
    if (!shape || value === undefined) continue
    if (shape.array !== Array.isArray(value) || typeof value !== 'object' || value === null) return whole()
    const entries = shape.array ? (value as unknown[]).map((v, i) => [i, v] as [number, unknown]) : Object.entries(value)
    bulks.push({ path, entries, item: shape.item, array: shape.array })
    head = withValueAt(head, path, shape.array ? [] : {})
  }
  if (bulks.length === 0) return whole()
  // the JSON.parse above and the rest of the file below each in a turn of its own
  const clock = sliceClock()
  await clock.maybeYield()
  const parsed = schema.safeParse(head)
  if (!parsed.success) return whole()
  for (const bulk of bulks) {
    const out = valueAt(parsed.data, bulk.path) as unknown[] | Record<string, unknown>
    for (const [key, value] of bulk.entries) {
      // zod's record drops a `__proto__` key; an array's entries go in order
      if (key === '__proto__') continue
      const item = bulk.item.safeParse(value)
      if (!item.success) return whole()
      if (bulk.array) (out as unknown[]).push(item.data)
      else (out as Record<string, unknown>)[key] = item.data
      const y = clock.maybeYield()
      if (y) await y
    }
  }
  return parsed.data
}

/**
 * The entry schema of the collection at `path` when validating it entry by entry is the same as
 * validating the file whole: every step a `z.object` without checks, the last a `z.array` or a
 * `z.record(z.string(), …)` without checks (a `.default()` around it is fine: it applies only when the
 * collection is missing, which is then left to the whole file's validation); null otherwise.
 */
export function slicedShape(schema: z.ZodType, path: BulkPath): { item: z.ZodType; array: boolean } | null {
  let s: z.ZodType = schema
  for (const key of path) {
    if (!(s instanceof z.ZodObject) || hasChecks(s)) return null
    const next = (s.shape as Record<string, z.ZodType | undefined>)[key]
    if (!next) return null
    s = next
  }
  if (s instanceof z.ZodDefault) s = s.def.innerType as z.ZodType
  if (hasChecks(s)) return null
  if (s instanceof z.ZodArray) return { item: s.element as z.ZodType, array: true }
  if (s instanceof z.ZodRecord && s.keyType instanceof z.ZodString && !hasChecks(s.keyType)) return { item: s.valueType as z.ZodType, array: false }
  return null
}

function hasChecks(s: z.ZodType): boolean {
  return (s.def.checks?.length ?? 0) > 0
}

function valueAt(root: unknown, path: BulkPath): unknown {
  let v = root
  for (const key of path) {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.hasOwn(v, key)) return undefined
    v = (v as Record<string, unknown>)[key]
  }
  return v
}

/** A copy of `root` with the value at `path` replaced, copying only the objects along the path. */
function withValueAt(root: unknown, path: BulkPath, value: unknown): unknown {
  if (path.length === 0) return value
  const [key, ...rest] = path
  const obj = root as Record<string, unknown>
  return { ...obj, [key!]: withValueAt(obj[key!], rest, value) }
}
