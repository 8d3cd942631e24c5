import { afterEach, describe, expect, it } from 'vitest'
import { tempClient } from '../../helpers/client'
import { treeHash } from '../../helpers/treeHash'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

describe('decisions.setQuotas from two windows (the committee room and the secretary’s desk)', () => {
  it('a change to a level another window changed since the editor opened is refused, names the level’s quota now, and writes nothing', async () => {
    const t = await tempClient()
    cleanup = t.cleanup
    const { api, wb } = t
    const campaignId = (await api['campaigns.create']({ name: '2026年度教科研成果评选', kind: 'researchAchievement' })).id
    const opened = await api['decisions.get']({ campaignId })
    const shown = Object.fromEntries(opened.levels.map((l) => [l.code, l.quota ?? {}]))
    const first = opened.levels[1]!
    const second = opened.levels[2]!

    // window A raises 一等奖's quota
    await api['decisions.setQuotas']({ campaignId, quotas: { [first.code]: { maxCount: 3 } }, expectQuotas: { [first.code]: shown[first.code]! } })
    // window B, opened before, sets 一等奖 back from what it had shown
    const before = await treeHash(wb.dir)
    await expect(api['decisions.setQuotas']({ campaignId, quotas: { [first.code]: { maxCount: 1 } }, expectQuotas: { [first.code]: shown[first.code]! } })).rejects.toMatchObject({
      code: 'STALE_VERSION',
      message: expect.stringContaining(`名额已在别处被修改（${first.label}现为不超过 3 项`),
    })
    expect(await treeHash(wb.dir)).toBe(before)
    expect((await api['decisions.get']({ campaignId })).levels[1]!.quota).toEqual({ maxCount: 3 })

    // a level nobody else touched saves from the same old view; A's level stays
    const v = await api['decisions.setQuotas']({ campaignId, quotas: { [second.code]: { maxCount: 4 } }, expectQuotas: { [second.code]: shown[second.code]! } })
    expect(v.levels.map((l) => l.quota)).toEqual([opened.levels[0]!.quota, { maxCount: 3 }, { maxCount: 4 }, ...opened.levels.slice(3).map((l) => l.quota)])
    // B, told, saves from what it is shown now
    const now = (await api['decisions.get']({ campaignId })).levels[1]!.quota ?? {}
    expect((await api['decisions.setQuotas']({ campaignId, quotas: { [first.code]: { maxCount: 1 } }, expectQuotas: { [first.code]: now } })).levels[1]!.quota).toEqual({ maxCount: 1 })
  })
})
