import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { CampaignFileSchema } from '../../../src/core/domain/workspace'
import { WorkbenchError } from '../../../src/core/domain/errors'
import { refusal } from '../../helpers/refusal'
import { parseWorkspaceFile } from '../../../src/core/storage/jsonFileAdapter'
import { parseBulkFileInSlices, slicedShape } from '../../../src/core/storage/bulkParse'

const REL = 'campaigns/c1/campaign.json'
const BULK = [['campaign', 'submissions'], ['campaign', 'assignments'], ['campaign', 'assignmentLog']] as const

/** The demo workspace's campaign.json (as the app wrote it), grown to `n` submissions with a panel and a log entry each. */
function campaignFile(n: number): { campaign: Record<string, unknown> } & Record<string, unknown> {
  const dir = join(__dirname, '../../../resources/demo-workspace/campaigns')
  const file = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]!, 'campaign.json'), 'utf8')) as { campaign: Record<string, unknown> } & Record<string, unknown>
  const model = (file.campaign.submissions as Array<Record<string, unknown>>)[0]!
  const submissions: unknown[] = []
  const assignments: Record<string, unknown> = {}
  const assignmentLog: unknown[] = []
  for (let i = 0; i < n; i++) {
    const id = `sub-${String(i).padStart(5, '0')}`
    // `extra` and `materials` left out on odd ones: zod fills their defaults entry by entry too
    const { extra, materials, ...bare } = model
    submissions.push(i % 2 ? { ...bare, id, school: `第${i}机械技师学院` } : { ...model, extra, materials, id, school: `第${i}机械技师学院` })
    assignments[id] = { expertIds: ['exp-a', 'exp-b', 'exp-c'], ...(i % 3 ? {} : { chairId: 'exp-a' }) }
    assignmentLog.push({ at: '2026-11-01T08:00:00.000Z', submissionId: id, action: 'draw', reason: '随机抽取' })
  }
  return { ...file, campaign: { ...file.campaign, submissions, assignments, assignmentLog } }
}

describe('campaign.json read with its submissions validated in slices (issue 14: opening does not block the loop)', () => {
  it('gives exactly what a whole-file parse gives, defaults filled, order kept', async () => {
    const text = JSON.stringify(campaignFile(300))
    const sliced = await parseBulkFileInSlices(text, REL, CampaignFileSchema, 'campaign', BULK)
    const whole = parseWorkspaceFile(text, REL, CampaignFileSchema, 'campaign')
    expect(sliced).toEqual(whole)
    expect(sliced.campaign.submissions.map((s) => s.id).slice(0, 3)).toEqual(['sub-00000', 'sub-00001', 'sub-00002'])
    expect(sliced.campaign.submissions[1]!.materials).toEqual([])
    expect(Object.keys(sliced.campaign.assignments)).toHaveLength(300)
  })

  it('the demo campaign as it is reads the same both ways', async () => {
    const dir = join(__dirname, '../../../resources/demo-workspace/campaigns')
    const text = readFileSync(join(dir, readdirSync(dir)[0]!, 'campaign.json'), 'utf8')
    expect(await parseBulkFileInSlices(text, REL, CampaignFileSchema, 'campaign', BULK)).toEqual(parseWorkspaceFile(text, REL, CampaignFileSchema, 'campaign'))
  })

  it('lets the event loop turn while it validates a large campaign', async () => {
    const text = JSON.stringify(campaignFile(6000))
    let turns = 0
    let done = false
    const tick = () => {
      turns += 1
      if (!done) setImmediate(tick)
    }
    setImmediate(tick)
    const parsed = await parseBulkFileInSlices(text, REL, CampaignFileSchema, 'campaign', BULK)
    done = true
    expect(parsed.campaign.submissions).toHaveLength(6000)
    // 6,000 submissions, panels and log entries take far longer than one slice (8 ms)
    expect(turns).toBeGreaterThan(1)
  })

  it('refuses a damaged entry, a damaged rest and a collection of the wrong type with the very same error as a whole-file parse', async () => {
    const badEntry = campaignFile(40)
    ;(badEntry.campaign.submissions as Array<Record<string, unknown>>)[17]!.school = 42
    ;(badEntry.campaign.assignments as Record<string, Record<string, unknown>>)['sub-00030']!.expertIds = 'exp-a'
    const badRest = campaignFile(5)
    badRest.campaign.kind = 'lottery'
    const wrongType = campaignFile(5)
    wrongType.campaign.submissions = { a: 1 }
    for (const file of [badEntry, badRest, wrongType]) {
      const text = JSON.stringify(file)
      const whole = await refusal(() => parseWorkspaceFile(text, REL, CampaignFileSchema, 'campaign'))
      const sliced = await refusal(parseBulkFileInSlices(text, REL, CampaignFileSchema, 'campaign', BULK))
      expect(sliced).toBeInstanceOf(WorkbenchError)
      expect(sliced.code).toBe('WORKSPACE_FILE_CORRUPT')
      expect(sliced.message).toBe(whole.message)
      expect(sliced.issues).toEqual(whole.issues)
    }
    expect((await refusal(parseBulkFileInSlices(JSON.stringify(badEntry), REL, CampaignFileSchema, 'campaign', BULK))).message).toContain('campaign.submissions.17.school')
  })

  it('refuses bad JSON and an empty file as before, and a missing collection takes its default', async () => {
    for (const text of ['{"kind":"campaign",', '']) {
      const whole = await refusal(() => parseWorkspaceFile(text, REL, CampaignFileSchema, 'campaign'))
      expect((await refusal(parseBulkFileInSlices(text, REL, CampaignFileSchema, 'campaign', BULK))).message).toBe(whole.message)
    }
    const file = campaignFile(3)
    delete file.campaign.assignmentLog
    const parsed = await parseBulkFileInSlices(JSON.stringify(file), REL, CampaignFileSchema, 'campaign', BULK)
    expect(parsed.campaign.assignmentLog).toEqual([])
  })

  it('validates entry by entry only where that equals validating the whole (no checks on the way or on the collection)', () => {
    const item = z.object({ n: z.number() })
    expect(slicedShape(z.object({ a: z.object({ xs: z.array(item).default([]) }) }), ['a', 'xs'])?.array).toBe(true)
    expect(slicedShape(z.object({ r: z.record(z.string(), item) }), ['r'])?.array).toBe(false)
    // a length check on the array, a refinement on the way, a checked key or a missing field: whole
    expect(slicedShape(z.object({ xs: z.array(item).max(3) }), ['xs'])).toBeNull()
    expect(slicedShape(z.object({ a: z.object({ xs: z.array(item) }).refine(() => true) }), ['a', 'xs'])).toBeNull()
    expect(slicedShape(z.object({ r: z.record(z.string().min(2), item) }), ['r'])).toBeNull()
    expect(slicedShape(z.object({ a: z.object({}) }), ['a', 'xs'])).toBeNull()
    for (const path of BULK) expect(slicedShape(CampaignFileSchema, path)).not.toBeNull()
  })
})
