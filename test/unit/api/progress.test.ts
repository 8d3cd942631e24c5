import { afterEach, describe, expect, it } from 'vitest'
import { submitInput } from '../../helpers/tempWorkspace'
import { tempClient } from '../../helpers/client'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

describe('评分进度 through the API: the campaign card and the overview agree', () => {
  it('7 experts, 4 submissions, panels of 3: 12 expected everywhere, not 28', async () => {
    const c0 = await tempClient()
    cleanup = c0.cleanup
    const { api } = c0
    const experts: Array<Awaited<ReturnType<typeof api['experts.add']>>> = []
    for (let i = 0; i < 7; i++) experts.push(await api['experts.add']({ name: `专家${i + 1}`, unit: `第${i + 1}研究院`, groupIds: ['g2'] }))
    const c = await api['campaigns.create']({ name: '进度', kind: 'diagnostic' })
    await api['campaigns.addExperts']({ campaignId: c.id, expertIds: experts.map((e) => e.id) })
    for (const e of experts) await api['pledges.accept']({ campaignId: c.id, expertId: e.id, declaration: '无' })
    const subs = []
    for (const school of ['甲市技师学院', '乙省技工学校', '丙市职业学院', '丁县技工学校']) {
      subs.push(await api['submissions.add']({ campaignId: c.id, school, program: '数控加工', groupId: 'g2' }))
    }
    const before = (await api['campaigns.list']({})).find((x) => x.id === c.id)!
    expect(before.sheetsExpected).toBe(28)

    const panels = [[0, 1, 2], [3, 4, 5], [6, 0, 1], [2, 3, 4]]
    for (const [si, members] of panels.entries()) {
      for (const m of members) await api['assignments.change']({ campaignId: c.id, submissionId: subs[si]!.id, add: experts[m]!.id, reason: '测试分配' })
    }
    // one expert submits one full sheet
    const key = { campaignId: c.id, expertId: experts[0]!.id, submissionId: subs[0]!.id }
    for (const d of c.rubric.dimensions) for (const ind of d.indicators) await api['sheets.setEntry']({ ...key, indicatorCode: ind.code, level: 'B' })
    await api['sheets.submit'](await submitInput(c0.wb, key))

    const card = (await api['campaigns.list']({})).find((x) => x.id === c.id)!
    const summary = await api['results.summary']({ campaignId: c.id })
    expect([card.sheetsSubmitted, card.sheetsExpected]).toEqual([1, 12])
    expect([summary.progress.submitted, summary.progress.expected]).toEqual([1, 12])
    expect(summary.progress.bySubmission.map((l) => l.expected)).toEqual([3, 3, 3, 3])
    expect(summary.progress.byExpert.find((l) => l.key === experts[0]!.id)).toMatchObject({ label: '专家1', done: 1, expected: 2 })
  })
})
