import { afterEach, describe, expect, it } from 'vitest'
import { appendFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openWorkbench } from '../../../src/core/api/openApi'
import { wholeLines } from '../../../src/core/storage/lineLog'
import { tempWorkbench, ok, scoringCampaign } from '../../helpers/tempWorkspace'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

describe('a torn last line, the same way in every journal-like file (lineLog.ts)', () => {
  it('wholeLines keeps the lines before the last newline and flags the rest', () => {
    expect(wholeLines('')).toEqual({ lines: [], validBytes: 0, torn: false })
    expect(wholeLines('{"a":1}\n')).toEqual({ lines: ['{"a":1}'], validBytes: 8, torn: false })
    expect(wholeLines('{"a":1}\n{"b":')).toEqual({ lines: ['{"a":1}'], validBytes: 8, torn: true })
    expect(wholeLines('{"评":1}\n\u0000\u0000')).toMatchObject({ lines: ['{"评":1}'], validBytes: 10, torn: true })
  })

  it('audit.jsonl: audit.list still answers, and the chain continues from the last whole entry', async () => {
    const wb = await tempWorkbench()
    cleanup = wb.cleanup
    const { campaign, key } = await scoringCampaign(wb, '审计')
    const decide = (w: typeof wb | Awaited<ReturnType<typeof openWorkbench>>, reason: string) =>
      w.call('conflicts.decide', { campaignId: campaign.id, expertId: key.expertId, submissionId: key.submissionId, decision: 'noConflict', reason })
    ok(await decide(wb, '核实一'))
    const before = ok(await wb.call('audit.list', { campaignId: campaign.id }))
    await wb.close()
    const path = join(wb.dir, 'campaigns', campaign.id, 'audit.jsonl')
    await appendFile(path, '{"seq":3,"at":"2026-11-29T00:00:00.000Z","action":"conflict.de') // a crash mid-append

    const w2 = await openWorkbench(wb.dir, { door: 'test' })
    const listed = await w2.call('audit.list', { campaignId: campaign.id })
    expect(listed).toEqual({ ok: true, value: before })
    ok(await decide(w2, '核实二'))
    const after = ok(await w2.call('audit.list', { campaignId: campaign.id }))
    expect(after.chain).toEqual({ ok: true, count: before.entries.length + 1 })
    const last = after.entries.at(-1)!
    expect(last.seq).toBe(before.entries.at(-1)!.seq + 1)
    expect(last.prev).toBe(before.entries.at(-1)!.hash)
    // the torn part was cut off: every line of the file is a whole entry
    const text = await readFile(path, 'utf8')
    for (const line of text.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow()
    await w2.close()
  })

  it('sheets journal: the torn tail is skipped on open and cut before the next append', async () => {
    const wb = await tempWorkbench()
    cleanup = wb.cleanup
    const { campaign, expert, key } = await scoringCampaign(wb, '日志')
    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.1', level: 'A' }))
    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.2', level: 'B' }))
    await wb.close()
    const journal = join(wb.dir, 'campaigns', campaign.id, 'sheets', `${expert.id}.journal.jsonl`)
    await appendFile(journal, '{"k":"x","v":{"submissi')
    const w2 = await openWorkbench(wb.dir, { door: 'test' })
    const v = ok(await w2.call('sheets.get', key)).sheet
    ok(await w2.call('sheets.setEntry', { ...key, indicatorCode: '1.3', level: 'C', baseVersion: v.version }))
    await w2.close()
    const w3 = await openWorkbench(wb.dir, { door: 'test' })
    expect(ok(await w3.call('sheets.get', key)).sheet.entries).toEqual({ '1.1': { level: 'A' }, '1.2': { level: 'B' }, '1.3': { level: 'C' } })
    await w3.close()
  })
})
