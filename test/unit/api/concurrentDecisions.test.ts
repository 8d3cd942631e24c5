import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ok, tempWorkbench } from '../../helpers/tempWorkspace'
import { buildAwardCampaign, type Call } from '../../helpers/awardCampaign'
import type { Envelope } from '../../../src/core/api/envelope'
import type { MethodName } from '../../../src/core/api/methodNames'
import type { SubmissionId } from '../../../src/core/domain/ids'

// 评定 (issue 12) with a double click or a second window: two identical calls at once (Promise.all on a
// real workspace) record once — one vote, one tie order, one 公示, one objection, one answer — and
// the other call is refused with what was recorded. Failed before the decisions handlers ran one at a
// time per campaign and refused an exact repeat (core/decisions/rules.ts repeated*).

let wb: Awaited<ReturnType<typeof tempWorkbench>>
let campaignId = ''
let ids: SubmissionId[] = []
let experts: string[] = []
const call: Call = async (m, input) => ok(await wb.call(m, input))

beforeAll(async () => {
  wb = await tempWorkbench()
  const built = await buildAwardCampaign(call)
  campaignId = built.campaign.id
  ids = built.submissions.map((s) => s.id)
  experts = built.expertIds
}, 180_000)

afterAll(async () => wb?.cleanup())

/** Two identical calls at once: one recorded, one refused (returned). */
async function twice(method: MethodName, input: Record<string, unknown>): Promise<{ code: string; message: string }> {
  const results: Array<Envelope<unknown>> = await Promise.all([wb.call(method, { campaignId, ...input }), wb.call(method, { campaignId, ...input })])
  const bad = results.filter((r) => !r.ok)
  expect(results.filter((r) => r.ok), JSON.stringify(bad)).toHaveLength(1)
  return (bad[0] as { error: { code: string; message: string } }).error
}

const audited = async (action: string) => ok(await wb.call('audit.list', { campaignId })).entries.filter((e) => e.action === action).length

describe('评定: two identical calls at once record once', () => {
  it('a vote', async () => {
    const ballots = experts.map((expertId) => ({ expertId, choice: 'for' as const }))
    const refusal = await twice('decisions.recordVote', { submissionId: ids[0], motion: { kind: 'award', levelCode: 'special' }, ballots })
    expect(refusal.code).toBe('CONFLICT')
    expect(refusal.message).toContain('表决票与本次完全相同，未重复记录')
    expect((await call('decisions.get', { campaignId })).votes).toHaveLength(1)
    expect(await audited('decision.vote')).toBe(1)
  })

  it('a tie order', async () => {
    const refusal = await twice('decisions.orderTie', { order: [ids[4], ids[3]], note: '会评票决：3 票对 0 票' })
    expect(refusal).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('这组并列的排序已于') })
    expect(await audited('decision.tieOrder')).toBe(1)
  })

  it('the 公示', async () => {
    const refusal = await twice('decisions.publish', { from: '2026-12-01', to: '2026-12-07' })
    expect(refusal.code).toBe('CONFLICT')
    expect(refusal.message).toContain('（第 1 版，公示期2026年12月1日至2026年12月7日），此后名单没有变化，无需再次公示。')
    const v = await call('decisions.get', { campaignId })
    expect(v.publicationCount).toBe(1)
    expect(await audited('decision.publish')).toBe(1)
    // with a reason, the same unchanged list for the same period is still not published again
    const again = await wb.call('decisions.publish', { campaignId, from: '2026-12-01', to: '2026-12-07', reason: '再次公示' })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('a change of level after the 公示', async () => {
    const refusal = await twice('decisions.setLevel', { submissionId: ids[1], levelCode: 'first', reason: '异议复核后委员会合议调整' })
    expect(refusal).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('将该申报评定为一等奖，未重复记录') })
    expect(await audited('decision.level')).toBe(1)
  })

  it('an objection, and its answer', async () => {
    const objection = { submissionId: ids[1], by: '张某', receivedOn: '2026-12-03', content: '成果应用时间不足两年。' }
    const refusal = await twice('decisions.recordObjection', objection)
    expect(refusal.code).toBe('CONFLICT')
    expect(refusal.message).toMatch(/^张某于2026年12月3日提出的这项异议已于\d{4}年\d{1,2}月\d{1,2}日记录，未重复记录。$/)
    const v = await call('decisions.get', { campaignId })
    expect(v.objections).toHaveLength(1)
    expect(await audited('objection.record')).toBe(1)
    const answer = await twice('decisions.answerObjection', { objectionId: v.objections[0]!.id, text: '经核实，符合要求。', outcome: 'maintained', answeredOn: '2026-12-05' })
    expect(answer).toMatchObject({ code: 'CONFLICT', message: '该异议已于2026年12月5日答复。' })
    expect(await audited('objection.answer')).toBe(1)
  })

  it('a different vote on the same motion is still a new vote (it replaces the earlier one)', async () => {
    const ballots = experts.map((expertId, i) => ({ expertId, choice: i === 0 ? ('against' as const) : ('for' as const) }))
    const v = await call('decisions.recordVote', { campaignId, submissionId: ids[0]!, motion: { kind: 'award', levelCode: 'special' }, ballots, reason: '复议' })
    expect(v.votes.map((x) => x.superseded)).toEqual([true, false])
  })
})
