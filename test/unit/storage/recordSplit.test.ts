import { describe, expect, it } from 'vitest'
import { ScoreSheetSchema, SheetsFileSchema, WORKSPACE_SCHEMA_VERSION } from '../../../src/core/domain/workspace'
import { parseWorkspaceFile } from '../../../src/core/storage/jsonFileAdapter'
import { parseRecordFileInSlices } from '../../../src/core/storage/recordParse'
import { splitRecord } from '../../../src/core/storage/recordSplit'
import { mulberry32 } from '../../../src/core/util/prng'

const REL = 'campaigns/c1/sheets/e1.json'
const RECORD = { field: 'sheets', itemSchema: ScoreSheetSchema }

function sheet(id: string, i: number, comment = '') {
  const entries: Record<string, { level: string; note?: string }> = {}
  for (let k = 0; k < 30; k++) entries[`${1 + (k % 7)}.${1 + Math.floor(k / 7)}`] = { level: 'ABCD'[(i + k) % 4]! }
  return { submissionId: id, expertId: 'e1', rubricVersion: 1, entries, status: i % 3 ? 'submitted' : 'draft', version: 3, updatedAt: '2026-11-01T08:00:00.000Z', comment }
}

function sheetsFile(n: number, schemaVersion = WORKSPACE_SCHEMA_VERSION): Record<string, unknown> {
  const sheets: Record<string, unknown> = {}
  for (let i = 0; i < n; i++) sheets[`sub-${i}`] = sheet(`sub-${i}`, i)
  return { kind: 'sheets', schemaVersion, campaignId: 'c1', expertId: 'e1', sheets }
}

/** what a read gives: the value, or the refusal's code, message and issues */
async function outcome(read: () => unknown): Promise<unknown> {
  try {
    return { ok: await read() }
  } catch (e) {
    const err = e as { code?: string; message: string; issues?: unknown }
    return { code: err.code, message: err.message, issues: err.issues }
  }
}

const sliced = (text: string) => outcome(() => parseRecordFileInSlices(text, REL, SheetsFileSchema, 'sheets', RECORD))
const whole = (text: string) => outcome(() => parseWorkspaceFile(text, REL, SheetsFileSchema, 'sheets'))

describe('a sheets shard split into its members without parsing it whole (recordSplit.ts)', () => {
  it('finds every member of the file as the app writes it, and a head that is the file without them', async () => {
    const file = sheetsFile(5)
    const split = (await splitRecord(JSON.stringify(file), 'sheets'))!
    expect(split.members.map((m) => JSON.parse(m.key))).toEqual(Object.keys(file.sheets as object))
    expect(split.members.map((m) => JSON.parse(m.value))).toEqual(Object.values(file.sheets as object))
    expect(JSON.parse(split.head)).toEqual({ ...file, sheets: {} })
  })

  it('follows whitespace, escaped quotes and backslashes, brackets inside strings, nesting and unicode', async () => {
    const file = sheetsFile(3)
    const tricky = '他说："好"\\ } ] { [ \\" \n\t 😀 \u2028'
    ;(file.sheets as Record<string, unknown>)['sub-"1"\\'] = sheet('sub-"1"\\', 1, tricky)
    ;(file as Record<string, unknown>).note = { a: [1, { b: '}' }], c: '"sheets"' }
    const pretty = JSON.stringify(file, null, 2)
    for (const text of [JSON.stringify(file), pretty, `\n ${pretty} \n`]) {
      const split = (await splitRecord(text, 'sheets'))!
      expect(split).not.toBeNull()
      expect(split.members).toHaveLength(4)
      expect(JSON.parse(split.members[3]!.key)).toBe('sub-"1"\\')
      expect(JSON.parse(split.members[3]!.value).comment).toBe(tricky)
      expect(await sliced(text)).toEqual(await whole(text))
    }
  })

  it('declines what is not one object-valued field of an object: the caller reads the file whole', async () => {
    for (const text of ['', '[]', '{"sheets":[]}', '{"kind":"sheets"}', '{"sheets":{},"sheets":{}}', '{"sheets":{"a":1,}}', '{"sheets":{"a" 1}}', '{"sheets":{"a":"x}}']) {
      expect(await splitRecord(text, 'sheets'), text).toBeNull()
    }
    expect(await splitRecord('{"sheets":{}}', 'sheets')).toEqual({ head: '{"sheets":{}}', members: [] })
  })

  it('reads a file that needs a migration (schema 1) exactly as a whole parse does', async () => {
    const text = JSON.stringify(sheetsFile(4, 1))
    const read = await sliced(text)
    expect(read).toEqual(await whole(text))
    expect((read as { ok: { schemaVersion: number } }).ok.schemaVersion).toBe(WORKSPACE_SCHEMA_VERSION)
  })

  it('gives the same value or the very same refusal as a whole-file parse for 400 damaged copies of a shard', async () => {
    const rand = mulberry32(20261130)
    const base = JSON.stringify(sheetsFile(6))
    const alphabet = ['"', '\\', '{', '}', '[', ']', ':', ',', ' ', 'x', '1', '"sheets"', '__proto__']
    let refused = 0
    for (let n = 0; n < 400; n++) {
      let text = base
      for (let edits = 1 + Math.floor(rand() * 2); edits > 0; edits--) {
        const at = Math.floor(rand() * text.length)
        const r = rand()
        if (r < 0.4) text = text.slice(0, at) + text.slice(at + 1)
        else if (r < 0.8) text = text.slice(0, at) + alphabet[Math.floor(rand() * alphabet.length)]! + text.slice(at)
        else text = text.slice(0, at)
      }
      const expected = await whole(text)
      expect(await sliced(text), text).toEqual(expected)
      if (!('ok' in (expected as object))) refused++
    }
    // the damage is real: most copies are refused
    expect(refused).toBeGreaterThan(200)
  })

  it('lets the event loop turn while it parses a large shard (no JSON.parse of the whole text)', async () => {
    const text = JSON.stringify(sheetsFile(3000))
    expect((await splitRecord(text, 'sheets'))?.members).toHaveLength(3000)
    let turns = 0
    let done = false
    const tick = () => {
      turns += 1
      if (!done) setImmediate(tick)
    }
    setImmediate(tick)
    const parse = JSON.parse
    let wholeParses = 0
    JSON.parse = ((t: string, r?: Parameters<typeof parse>[1]) => {
      if (t.length > 100_000) wholeParses++
      return parse(t, r)
    }) as typeof JSON.parse
    try {
      const read = await parseRecordFileInSlices(text, REL, SheetsFileSchema, 'sheets', RECORD)
      expect(Object.keys(read.sheets)).toHaveLength(3000)
    } finally {
      JSON.parse = parse
      done = true
    }
    expect(wholeParses).toBe(0)
    expect(turns).toBeGreaterThan(1)
  })
})
