import { afterEach, describe, expect, it } from 'vitest'
import { tempWorkbench, ok, submitInput } from '../../helpers/tempWorkspace'
import { allIndicators } from '../../../src/core/rubric/indicators'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

const UNITS = ['天津市机电工艺技师学院', '江苏省机械高级技工学校', '中国机械工业教育协会', '徐工集团', '重庆工业技师学院', '浙江机电技师学院', '北京市工贸技师学院']
const SCHOOLS = ['湖北省工业技师学院', '湖南省机械工业技师学院', '山东省工业技师学院', '河南省机械高级技工学校']

async function setup() {
  const wb = await tempWorkbench()
  cleanup = wb.cleanup
  const experts = []
  for (const [i, unit] of UNITS.entries()) experts.push(ok(await wb.call('experts.add', { name: `专家${i + 1}`, unit, groupIds: ['g2'] })))
  const c = ok(await wb.call('campaigns.create', { name: '重抽测试', kind: 'diagnostic' }))
  ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: experts.map((e) => e.id) }))
  ok(await wb.call('campaigns.updateSettings', { campaignId: c.id, panel: { size: 3 } }))
  for (const e of experts) ok(await wb.call('pledges.accept', { campaignId: c.id, expertId: e.id, declaration: '无' }))
  const subs = []
  for (const school of SCHOOLS) subs.push(ok(await wb.call('submissions.add', { campaignId: c.id, school, program: '工业机器人应用与维护', groupId: 'g2' })))
  return { wb, c, experts, subs }
}

describe('re-drawing after scoring (issue 9 item 1)', () => {
  it('keeps every submitted sheet, every result and the sheet lists; the preview says so first', async () => {
    const { wb, c, subs } = await setup()
    const first = ok(await wb.call('assignments.autoAssign', { campaignId: c.id, seed: 'first' }))
    const scored = subs[0]!
    const panel = first.assignments[scored.id]!.expertIds
    const codes = allIndicators(c.rubric).map((i) => i.code)
    for (const [k, expertId] of panel.entries()) {
      const key = { campaignId: c.id, expertId, submissionId: scored.id }
      for (const code of codes) ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: code, level: (['A', 'B', 'C'] as const)[k]! }))
      ok(await wb.call('sheets.submit', await submitInput(wb, key)))
    }
    const before = ok(await wb.call('results.summary', { campaignId: c.id })).rows.find((r) => r.submission.id === scored.id)!
    expect(before).toMatchObject({ submittedCount: 3, provisional: false, result: 80 })

    for (const seed of ['second', 'third', 'fourth']) {
      const preview = ok(await wb.call('assignments.previewDraw', { campaignId: c.id, seed }))
      expect(preview).toMatchObject({ seed, feasible: true })
      expect(preview.diff!.rows.find((r) => r.submissionId === scored.id)).toMatchObject({ status: 'kept', saved: { sheets: 3, submitted: 3 } })
      for (const e of preview.diff!.experts) expect(e.removed.join()).not.toContain(scored.school)
      const after = ok(await wb.call('assignments.autoAssign', { campaignId: c.id, seed }))
      expect(after.assignments[scored.id]).toEqual(first.assignments[scored.id])
      const row = ok(await wb.call('results.summary', { campaignId: c.id })).rows.find((r) => r.submission.id === scored.id)!
      expect(row).toEqual(before)
      for (const expertId of panel) {
        const list = ok(await wb.call('sheets.listByExpert', { campaignId: c.id, expertId }))
        expect(list.find((r) => r.submission.id === scored.id)?.status).toBe('submitted')
      }
    }
    const audit = ok(await wb.call('audit.list', { campaignId: c.id })).entries.filter((e) => e.action === 'assignment.draw')
    expect(audit.at(-1)!.data).toMatchObject({ keptScored: [scored.id] })
  })

  it('an infeasible draw can draw the feasible part and lists the rest', async () => {
    const { wb, c } = await setup()
    const odd = ok(await wb.call('submissions.add', { campaignId: c.id, school: '广东省技师学院', program: '新能源汽车检测与维修', groupId: 'g6' }))
    const preview = ok(await wb.call('assignments.previewDraw', { campaignId: c.id, seed: 's' }))
    expect(preview).toMatchObject({ feasible: false, partialPossible: true })
    expect(preview.problems.map((p) => p.path)).toEqual([odd.id])
    expect(preview.diff!.rows.find((r) => r.submissionId === odd.id)).toMatchObject({ status: 'notDrawn' })
    expect(preview.diff!.counts).toMatchObject({ new: 4, notDrawn: 1 })
    const refused = await wb.call('assignments.autoAssign', { campaignId: c.id, seed: 's' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'ASSIGNMENT_INFEASIBLE', details: { partialPossible: true } } })
    const drawn = ok(await wb.call('assignments.autoAssign', { campaignId: c.id, seed: 's', partial: true }))
    expect(drawn.assignments[odd.id]).toBeUndefined()
    expect(Object.keys(drawn.assignments)).toHaveLength(4)
  })
})
