import { z } from 'zod'
import { sliceClock } from '../util/slices'
import { MAX_FILE_BYTES, parseAndMigrate, validateWorkspaceFile } from './jsonFileAdapter'
import { migrateFile } from './migrations'
import { deepFreeze } from './readonly'
import { splitRecord } from './recordSplit'

/** The record field of a file (a sheets shard's `sheets`) and the schema of one of its entries. */
export interface RecordField {
  field: string
  itemSchema: z.ZodType
}

/**
 * Reads a workspace file whose bulk is one record (submission id → score sheet) without blocking the
 * event loop for long (issue 14). The record's members are found in the text (recordSplit.ts) and
 * parsed, validated and frozen one by one, in slices of a few milliseconds with a turn of the loop in
 * between (util/slices.ts); the rest of the file (its head) is parsed, migrated and validated first,
 * as the file without its record. Parsed whole, a 1 MB shard's JSON.parse and the garbage collection
 * it set off blocked the loop for up to ~90 ms in one piece; its zod and freezing ~40 ms more.
 *
 * Same result as `parseWorkspaceFile` (the file's schema has the record as `z.record(z.string(),
 * itemSchema)`, checked here) and the same refusals: whenever anything is not as expected — text that
 * does not split, a head or member that does not parse, a file that needs a migration or does not
 * validate — the whole file is read again the old way, in one piece, so the error names the same
 * issues in the same order as before. Rare, and a refused file is never opened anyway. A `__proto__`
 * key is dropped, as zod's record does.
 */
export async function parseRecordFileInSlices<T>(
  text: string,
  relPath: string,
  schema: z.ZodType<T>,
  kind: string,
  record: RecordField,
): Promise<T> {
  const whole = () => wholeInSlices(text, relPath, schema, kind, record)
  const clock = sliceClock()
  const split = text.length <= MAX_FILE_BYTES && isRecordOf(schema, record) ? await splitRecord(text, record.field, clock.maybeYield) : null
  if (!split) return whole()
  let head: unknown
  try {
    // a file that needs a migration step is read whole: a step may change the record's entries
    const raw = JSON.parse(split.head) as unknown
    head = migrateFile(raw, kind, relPath)
    if (head !== raw) return whole()
  } catch {
    return whole()
  }
  const out = validHead(head, schema, record)
  if (!out) return whole()
  for (const m of split.members) {
    let key: unknown
    let value: unknown
    try {
      key = JSON.parse(m.key)
      value = JSON.parse(m.value)
    } catch {
      return whole()
    }
    if (key === '__proto__') continue
    const item = record.itemSchema.safeParse(value)
    if (!item.success) return whole()
    out.record[key as string] = deepFreeze(item.data)
    const y = clock.maybeYield()
    if (y) await y
  }
  return out.file
}

/** The file without its record, validated: the parsed file and its (empty, to be filled) record object; null when it does not validate. */
function validHead<T>(head: unknown, schema: z.ZodType<T>, record: RecordField): { file: T; record: Record<string, unknown> } | null {
  if (typeof head !== 'object' || head === null || Array.isArray(head)) return null
  const parsed = schema.safeParse({ ...(head as object), [record.field]: {} })
  if (!parsed.success) return null
  return { file: parsed.data, record: (parsed.data as Record<string, Record<string, unknown>>)[record.field]! }
}

/**
 * The file parsed in one piece, then validated entry by entry in slices (what every read did before
 * the split): the path of a file that does not split, and the one that words every refusal.
 */
async function wholeInSlices<T>(text: string, relPath: string, schema: z.ZodType<T>, kind: string, record: RecordField): Promise<T> {
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
