import { z } from 'zod'
import { sliceClock } from '../util/slices'
import { parseAndMigrate, validateWorkspaceFile } from './jsonFileAdapter'
import { deepFreeze } from './readonly'

/** The record field of a file (a sheets shard's `sheets`) and the schema of one of its entries. */
export interface RecordField {
  field: string
  itemSchema: z.ZodType
}

/**
 * Reads a workspace file whose bulk is one record (submission id → score sheet) without blocking the
 * event loop for long (issue 14): JSON.parse and migrate run in one piece (~14 ms for a 1 MB shard),
 * then the file without its record is validated, then the entries one by one — each validated and
 * frozen — in slices of a few milliseconds with a turn of the loop in between (util/slices.ts). Done
 * whole, zod and freezing cost ~40 ms more in one block per shard.
 *
 * Same result as `parseWorkspaceFile` (the file's schema has the record as `z.record(z.string(),
 * itemSchema)`, checked here; otherwise the whole file is validated at once), and the same refusals:
 * on any problem the whole file is validated again in one piece, so the error names the same issues
 * in the same order as before. Rare, and a refused file is never opened anyway. A `__proto__` key is
 * dropped, as zod's record does.
 */
export async function parseRecordFileInSlices<T>(
  text: string,
  relPath: string,
  schema: z.ZodType<T>,
  kind: string,
  record: RecordField,
): Promise<T> {
  const migrated = parseAndMigrate(text, relPath, kind)
  const entries = recordOf(migrated, record.field)
  if (!entries || !isRecordOf(schema, record)) return validateWorkspaceFile(migrated, relPath, schema)
  const head = schema.safeParse({ ...(migrated as object), [record.field]: {} })
  if (!head.success) return validateWorkspaceFile(migrated, relPath, schema)
  const out = (head.data as Record<string, Record<string, unknown>>)[record.field]!
  const clock = sliceClock()
  for (const key of Object.keys(entries)) {
    if (key === '__proto__') continue
    const item = record.itemSchema.safeParse(entries[key])
    if (!item.success) return validateWorkspaceFile(migrated, relPath, schema)
    out[key] = deepFreeze(item.data)
    const y = clock.maybeYield()
    if (y) await y
  }
  return head.data
}

function recordOf(file: unknown, field: string): Record<string, unknown> | null {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return null
  const v = (file as Record<string, unknown>)[field]
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null
}

/** Whether `schema` is an object whose `field` is `z.record(z.string(), itemSchema)` (so parsing entry by entry is the same). */
function isRecordOf(schema: z.ZodType, { field, itemSchema }: RecordField): boolean {
  if (!(schema instanceof z.ZodObject)) return false
  const rec = (schema.shape as Record<string, z.ZodType>)[field]
  return rec instanceof z.ZodRecord && rec.valueType === itemSchema && rec.keyType instanceof z.ZodString && rec.keyType.def.checks === undefined
}
