import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ScoreSheetSchema, SheetsFileSchema, WORKSPACE_SCHEMA_VERSION } from '../../../src/core/domain/workspace'
import { parseWorkspaceFile } from '../../../src/core/storage/jsonFileAdapter'
import { parseRecordFileInSlices } from '../../../src/core/storage/recordParse'
import { WorkbenchError } from '../../../src/core/domain/errors'
import { refusal } from '../../helpers/refusal'

const REL = 'campaigns/c1/sheets/e1.json'
const RECORD = { field: 'sheets', itemSchema: ScoreSheetSchema }

/** A sheets file as the app writes it, but with the fields that have defaults left out (zod fills them). */
function sheetsFile(n: number): Record<string, unknown> {
  const sheets: Record<string, unknown> = {}
  for (let i = 0; i < n; i++) {
    const id = `sub-${String(i).padStart(5, '0')}`
    const entries: Record<string, { level: string }> = {}
    for (let k = 0; k < 30; k++) entries[`${1 + (k % 7)}.${1 + Math.floor(k / 7)}`] = { level: 'ABCD'[(i + k) % 4]! }
    sheets[id] = { submissionId: id, expertId: 'e1', rubricVersion: 1, entries, status: i % 3 ? 'submitted' : 'draft', version: 31, updatedAt: '2026-11-01T08:00:00.000Z' }
  }
  return { kind: 'sheets', schemaVersion: WORKSPACE_SCHEMA_VERSION, campaignId: 'c1', expertId: 'e1', sheets }
}

describe('a sheets shard read entry by entry in slices (issue 14: opening does not block the loop)', () => {
  it('gives exactly what a whole-file parse gives, defaults filled, every sheet frozen', async () => {
    const text = JSON.stringify(sheetsFile(200))
    const sliced = await parseRecordFileInSlices(text, REL, SheetsFileSchema, 'sheets', RECORD)
    expect(sliced).toEqual(parseWorkspaceFile(text, REL, SheetsFileSchema, 'sheets'))
    const first = sliced.sheets['sub-00000']!
    expect(first.comment).toBe('')
    expect(first.eligibility).toEqual({})
    expect(Object.isFrozen(first) && Object.isFrozen(first.entries) && Object.isFrozen(first.entries['1.1'])).toBe(true)
  })

  it('lets the event loop turn while it validates a large shard', async () => {
    const text = JSON.stringify(sheetsFile(3000))
    let turns = 0
    let done = false
    const tick = () => {
      turns += 1
      if (!done) setImmediate(tick)
    }
    setImmediate(tick)
    const parsed = await parseRecordFileInSlices(text, REL, SheetsFileSchema, 'sheets', RECORD)
    done = true
    expect(Object.keys(parsed.sheets)).toHaveLength(3000)
    // 3,000 sheets take far longer than one slice (8 ms): other callbacks ran in between
    expect(turns).toBeGreaterThan(1)
  })

  it('refuses a damaged entry with the very same error as a whole-file parse', async () => {
    const file = sheetsFile(50)
    ;(file.sheets as Record<string, { version: unknown; status: unknown }>)['sub-00020']!.version = '三'
    ;(file.sheets as Record<string, { version: unknown; status: unknown }>)['sub-00031']!.status = 'lost'
    const text = JSON.stringify(file)
    const whole = await refusal(() => parseWorkspaceFile(text, REL, SheetsFileSchema, 'sheets'))
    const sliced = await refusal(parseRecordFileInSlices(text, REL, SheetsFileSchema, 'sheets', RECORD))
    expect(sliced).toBeInstanceOf(WorkbenchError)
    expect(sliced.code).toBe('WORKSPACE_FILE_CORRUPT')
    expect(sliced.message).toBe(whole.message)
    expect(sliced.issues).toEqual(whole.issues)
    expect(sliced.message).toContain('sheets.sub-00020.version')
  })

  it('refuses a damaged head, a record that is not an object, bad JSON and another kind as before', async () => {
    const cases = [
      JSON.stringify({ ...sheetsFile(3), campaignId: 42 }),
      JSON.stringify({ ...sheetsFile(0), sheets: [] }),
      '{"kind":"sheets",',
      '',
      JSON.stringify({ ...sheetsFile(2), kind: 'campaign' }),
    ]
    for (const text of cases) {
      const whole = await refusal(() => parseWorkspaceFile(text, REL, SheetsFileSchema, 'sheets'))
      const sliced = await refusal(parseRecordFileInSlices(text, REL, SheetsFileSchema, 'sheets', RECORD))
      expect([sliced.code, sliced.message]).toEqual([whole.code, whole.message])
    }
  })

  it('drops a __proto__ key as zod does, without touching any prototype', async () => {
    const text = JSON.stringify(sheetsFile(2)).replace('"sub-00001":', '"__proto__":')
    const sliced = await parseRecordFileInSlices(text, REL, SheetsFileSchema, 'sheets', RECORD)
    expect(sliced).toEqual(parseWorkspaceFile(text, REL, SheetsFileSchema, 'sheets'))
    expect(Object.keys(sliced.sheets)).toEqual(['sub-00000'])
    expect(Object.getPrototypeOf(sliced.sheets)).toBe(Object.prototype)
  })

  it('validates the whole file at once when the record is not a plain record of the item schema', async () => {
    // keys with a check: entry-by-entry parsing would skip it, so the whole schema runs
    const Strict = SheetsFileSchema.extend({ sheets: z.record(z.string().regex(/^sub-/), ScoreSheetSchema) })
    const text = JSON.stringify(sheetsFile(3)).replace('"sub-00002":', '"x-2":')
    const sliced = await refusal(parseRecordFileInSlices(text, REL, Strict, 'sheets', RECORD))
    expect(sliced.code).toBe('WORKSPACE_FILE_CORRUPT')
  })
})
