import { describe, expect, it } from 'vitest'
import { campaignNameKey } from '../../../src/core/domain/campaignName'
import { tempClientPerTest } from '../../helpers/client'
import { treeHash } from '../../helpers/treeHash'

const setup = tempClientPerTest()

describe('one name, one 评审活动', () => {
  it('names read the same across spaces, full-width forms and Latin case', () => {
    expect(campaignNameKey(' 2025 名师评选 ')).toBe(campaignNameKey('2025名师评选'))
    expect(campaignNameKey('２０２５名师评选')).toBe(campaignNameKey('2025名师评选'))
    expect(campaignNameKey('CNC 课程评选')).toBe(campaignNameKey('cnc课程评选'))
    expect(campaignNameKey('2025 名师评选')).not.toBe(campaignNameKey('2026 名师评选'))
  })

  it('campaigns.create refuses a name already used, however spaced or cased, and writes nothing', async () => {
    const { api, wb } = await setup()
    const first = await api['campaigns.create']({ name: '2025年 CNC 精品课程评选', kind: 'excellentCourse' })
    const before = await treeHash(wb.dir)
    for (const name of ['2025年 CNC 精品课程评选', '2025年CNC精品课程评选', ' 2025年 cnc 精品课程评选', '２０２５年ＣＮＣ精品课程评选']) {
      await expect(api['campaigns.create']({ name, kind: 'excellentCourse' })).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining('已有同名的评审活动'),
      })
    }
    // the refusal names the field, for the dialog to show it there
    await expect(api['campaigns.create']({ name: '2025年CNC精品课程评选', kind: 'excellentCourse' })).rejects.toMatchObject({ issues: [{ path: 'name' }] })
    // another kind under the same name is the same confusion in the list and on the documents
    await expect(api['campaigns.create']({ name: '2025年CNC精品课程评选', kind: 'diagnostic' })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await treeHash(wb.dir)).toBe(before)
    expect((await api['campaigns.list']({})).filter((c) => c.id === first.id)).toHaveLength(1)
    expect(await api['campaigns.create']({ name: '2026年CNC精品课程评选', kind: 'excellentCourse' })).toMatchObject({ name: '2026年CNC精品课程评选' })
  })

  it('a double-clicked 创建 makes one campaign', async () => {
    const { api } = await setup()
    const before = (await api['campaigns.list']({})).length
    const input = { name: '2025 名师评选', kind: 'masterTeacher' } as const
    const results = await Promise.allSettled([api['campaigns.create'](input), api['campaigns.create'](input)])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect((await api['campaigns.list']({})).length).toBe(before + 1)
  })

  it('an archived campaign keeps its name: the refusal says so and points to 恢复', async () => {
    const { api } = await setup()
    const old = await api['campaigns.create']({ name: '2024 名师评选', kind: 'masterTeacher' })
    await api['campaigns.archive']({ campaignId: old.id, reason: '已结束' })
    await expect(api['campaigns.create']({ name: '2024名师评选', kind: 'masterTeacher' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/已有同名的评审活动「2024 名师评选」（已归档）.*恢复/),
    })
  })

  it('renaming to another campaign\'s name is refused and keeps the old name; keeping one\'s own name (or its spacing) is fine', async () => {
    const { api } = await setup()
    const a = await api['campaigns.create']({ name: '2025 名师评选', kind: 'masterTeacher' })
    const b = await api['campaigns.create']({ name: '2025 名匠评选', kind: 'masterCraftsman' })
    await expect(api['campaigns.updateSettings']({ campaignId: b.id, name: '2025名师评选' })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await api['campaigns.get']({ campaignId: b.id })).name).toBe('2025 名匠评选')
    expect(await api['campaigns.updateSettings']({ campaignId: a.id, name: '2025年 名师评选' })).toMatchObject({ name: '2025年 名师评选' })
    expect(await api['campaigns.updateSettings']({ campaignId: a.id, name: '2025年名师评选' })).toMatchObject({ name: '2025年名师评选' })
  })
})
