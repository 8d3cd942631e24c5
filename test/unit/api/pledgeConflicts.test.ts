import { afterEach, describe, expect, it } from 'vitest'
import { tempWorkbench, ok } from '../../helpers/tempWorkspace'
import { scoringBlockedBy } from '../../../src/core/panel/declaredConflicts'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

describe('回避 declared per submission in the 承诺书 (issue 9 item 7)', () => {
  it('the pure rule: pending and decided-conflict pairs block scoring; a noConflict decision lifts it', () => {
    const declaredConflicts = { 'e1:s1': { reason: '曾在该校任教', at: 't' } }
    expect(scoringBlockedBy({ declaredConflicts, conflictDecisions: {} }, 'e1', 's1')).toContain('待秘书处认定')
    expect(scoringBlockedBy({ declaredConflicts, conflictDecisions: {} }, 'e1', 's2')).toBeNull()
    expect(scoringBlockedBy({ declaredConflicts, conflictDecisions: { 'e1:s1': { decision: 'noConflict', reason: '已核实', at: 't' } } }, 'e1', 's1')).toBeNull()
    expect(scoringBlockedBy({ declaredConflicts: {}, conflictDecisions: { 'e1:s1': { decision: 'conflict', reason: '亲属', at: 't' } } }, 'e1', 's1')).toContain('已认定您需回避')
  })

  it('enters 回避 as a suspected conflict the secretariat decides; the expert cannot score it meanwhile', async () => {
    const wb = await tempWorkbench()
    cleanup = wb.cleanup
    const e = ok(await wb.call('experts.add', { name: '王建国', unit: '江苏省机械高级技工学校', groupIds: ['g2'] }))
    const c = ok(await wb.call('campaigns.create', { name: '承诺书回避', kind: 'diagnostic' }))
    ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: [e.id] }))
    const a = ok(await wb.call('submissions.add', { campaignId: c.id, school: '江苏省常州技师学院', program: '数控加工', groupId: 'g2' }))
    const b = ok(await wb.call('submissions.add', { campaignId: c.id, school: '山东省工业技师学院', program: '数控加工', groupId: 'g2' }))
    // only the expert's own submissions; a reason is required
    expect(await wb.call('pledges.accept', { campaignId: c.id, expertId: e.id, declaration: '见下', conflicts: [{ submissionId: a.id, reason: '' }] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await wb.call('pledges.accept', { campaignId: c.id, expertId: e.id, declaration: '见下', conflicts: [{ submissionId: 'sub-0000000000', reason: '曾任教' }] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(ok(await wb.call('campaigns.get', { campaignId: c.id })).pledges[e.id]).toBeUndefined()

    ok(await wb.call('pledges.accept', { campaignId: c.id, expertId: e.id, declaration: '申请回避常州技师学院', conflicts: [{ submissionId: a.id, reason: '2022 年前在该校任教' }] }))
    const rows = ok(await wb.call('conflicts.list', { campaignId: c.id }))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ expertId: e.id, submissionId: a.id, status: 'suspected', declared: true })
    expect(rows[0]!.reasons[0]).toBe('专家在承诺书中申请回避：2022 年前在该校任教')

    const keyA = { campaignId: c.id, expertId: e.id, submissionId: a.id }
    const refused = await wb.call('sheets.setEntry', { ...keyA, indicatorCode: '1.1', level: 'A' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    if (!refused.ok) expect(refused.error.message).toContain('待秘书处认定')
    ok(await wb.call('sheets.setEntry', { campaignId: c.id, expertId: e.id, submissionId: b.id, indicatorCode: '1.1', level: 'A' }))
    // the draw does not decide it silently
    expect(await wb.call('assignments.autoAssign', { campaignId: c.id, seed: 'x' })).toMatchObject({ ok: false, error: { code: 'ASSIGNMENT_INFEASIBLE' } })

    ok(await wb.call('conflicts.decide', { campaignId: c.id, expertId: e.id, submissionId: a.id, decision: 'conflict', reason: '同意回避' }))
    expect(ok(await wb.call('conflicts.list', { campaignId: c.id }))[0]).toMatchObject({ status: 'blocked' })
    expect(await wb.call('sheets.setEntry', { ...keyA, indicatorCode: '1.1', level: 'A' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const audit = ok(await wb.call('audit.list', { campaignId: c.id })).entries.find((x) => x.action === 'pledge.accept')!
    expect(audit.data).toMatchObject({ conflicts: [{ submissionId: a.id, reason: '2022 年前在该校任教' }] })
  })
})
