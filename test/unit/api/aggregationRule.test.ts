import { afterEach, describe, expect, it } from 'vitest'
import { tempClient } from '../../helpers/client'
import { TEST_PASSPHRASE } from '../../helpers/tempWorkspace'
import type { WorkbenchApi } from '../../../src/core/api/contract'
import type { Level } from '../../../src/core/domain/rubric'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

/** Scores every indicator at `level` (those in `except` at their own level) and submits. */
async function score(api: WorkbenchApi, key: { campaignId: string; expertId: string; submissionId: string }, level: Level, except: Record<string, Level> = {}) {
  const c = await api['campaigns.get']({ campaignId: key.campaignId })
  for (const d of c.rubric.dimensions) for (const ind of d.indicators) await api['sheets.setEntry']({ ...key, indicatorCode: ind.code, level: except[ind.code] ?? level })
  await api['sheets.submit']({ ...key, passphrase: await ensureKey(api, key.expertId) })
}

/** The expert's signing passphrase, their key made first when they have none (submit = sign, issue 11). */
async function ensureKey(api: WorkbenchApi, expertId: string): Promise<string> {
  const row = (await api['keys.status']({})).experts.find((e) => e.expertId === expertId)
  if (!row?.fingerprint) await api['keys.createExpertKey']({ expertId, passphrase: TEST_PASSPHRASE })
  return TEST_PASSPHRASE
}

async function setup(n: number, subs: number) {
  const c0 = await tempClient()
  cleanup = c0.cleanup
  const { api } = c0
  const experts = []
  for (let i = 0; i < n; i++) experts.push(await api['experts.add']({ name: `专家${i + 1}`, unit: `第${i + 1}研究院`, groupIds: ['g2'] }))
  const c = await api['campaigns.create']({ name: '汇总规则', kind: 'diagnostic' })
  await api['campaigns.addExperts']({ campaignId: c.id, expertIds: experts.map((e) => e.id) })
  for (const e of experts) await api['pledges.accept']({ campaignId: c.id, expertId: e.id, declaration: '无' })
  const submissions = []
  for (let i = 0; i < subs; i++) submissions.push(await api['submissions.add']({ campaignId: c.id, school: `第${i + 1}技师学院`, program: '数控加工', groupId: 'g2' }))
  return { api, c, experts, submissions }
}

describe('results.summary applies the campaign declared rule', () => {
  it('★ caps apply to the panel median level, not to one expert', async () => {
    const { api, c, experts, submissions } = await setup(3, 1)
    const key = c.rubric.dimensions.flatMap((d) => d.indicators).find((i) => i.key)!.code
    const at = (e: number) => ({ campaignId: c.id, expertId: experts[e]!.id, submissionId: submissions[0]!.id })
    await score(api, at(0), 'A', { [key]: 'D' })
    await score(api, at(1), 'A')
    let row = (await api['results.summary']({ campaignId: c.id })).rows[0]!
    // levels D and A: the lower median is D → the grade is capped at C although the result is ≥ 90
    expect(row.result).toBeGreaterThanOrEqual(90)
    expect(row.grade).toBe('C')
    expect(row.gradeCap).toContain(key)
    await score(api, at(2), 'A')
    row = (await api['results.summary']({ campaignId: c.id })).rows[0]!
    // D, A, A: the median is A; one strict expert does not cap the panel
    expect(row.grade).toBe('A')
    expect(row.gradeCap).toBeNull()
  })

  it('the rule is chosen per campaign, stated with the result, and its change is audited', async () => {
    const { api, c, experts, submissions } = await setup(2, 2)
    const at = (e: number, s: number) => ({ campaignId: c.id, expertId: experts[e]!.id, submissionId: submissions[s]!.id })
    await score(api, at(0, 0), 'A')
    await score(api, at(0, 1), 'B')
    await score(api, at(1, 0), 'B')
    await score(api, at(1, 1), 'C')
    const mean = await api['results.summary']({ campaignId: c.id })
    expect(mean.rule).toBe('trimmedMean')
    expect(mean.rows[0]!.ruleNote).toContain('不足 5 名')

    await api['campaigns.updateSettings']({ campaignId: c.id, aggregationRule: 'zNormalised' })
    const z = await api['results.summary']({ campaignId: c.id })
    expect(z.rule).toBe('zNormalised')
    expect(z.ruleText).toContain('标准化')
    expect(z.ruleText).toContain('中位数')
    // each expert's better sheet has z = +1/√2: both panels' results are symmetric around the campaign mean
    const all = [...mean.rows.flatMap((r) => r.experts.map((e) => e.total!))]
    const m = all.reduce((s, x) => s + x, 0) / all.length
    expect(z.rows[0]!.result! - m).toBeCloseTo(m - z.rows[1]!.result!, 1)
    expect(z.rows[0]!.experts[0]!.deviation).toBeCloseTo(0, 1)

    const audit = await api['audit.list']({ campaignId: c.id })
    const change = audit.entries.find((e) => e.action === 'campaign.aggregationRule')
    expect(change?.data).toEqual({ before: 'trimmedMean', after: 'zNormalised' })
    // setting the same rule again is no change and is not logged twice
    await api['campaigns.updateSettings']({ campaignId: c.id, aggregationRule: 'zNormalised' })
    expect((await api['audit.list']({ campaignId: c.id })).entries.filter((e) => e.action === 'campaign.aggregationRule')).toHaveLength(1)
  })
})
