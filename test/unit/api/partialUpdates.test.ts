import { describe, expect, it } from 'vitest'
import { clientScoringCampaign, tempClientPerTest } from '../../helpers/client'
import { treeHash } from '../../helpers/treeHash'

const setup = tempClientPerTest()

describe('omission never clears (issue 8 item 6)', () => {
  it('experts.update is a patch: omitted fields keep their values', async () => {
    const { api } = await setup()
    const e = await api['experts.add']({ name: '王建国', unit: '江苏省机械高级技工学校', title: '高级讲师', groupIds: ['g2'], contact: '13800000000', fields: ['数控'] })
    const updated = await api['experts.update']({ expertId: e.id, name: '王建军', unit: '江苏省常州技师学院' })
    expect(updated).toMatchObject({ name: '王建军', unit: '江苏省常州技师学院', title: '高级讲师', groupIds: ['g2'], contact: '13800000000', fields: ['数控'] })
    const stored = (await api['experts.list']({})).find((x) => x.id === e.id)
    expect(stored).toMatchObject({ name: '王建军', title: '高级讲师', groupIds: ['g2'] })

    // only the title; then emptying is explicit
    expect(await api['experts.update']({ expertId: e.id, title: '正高级讲师' })).toMatchObject({ name: '王建军', title: '正高级讲师', groupIds: ['g2'] })
    expect(await api['experts.update']({ expertId: e.id, groupIds: [], title: '' })).toMatchObject({ name: '王建军', title: '', groupIds: [] })
    // a name given must still be valid
    await expect(api['experts.update']({ expertId: e.id, name: '  ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(api['experts.update']({ expertId: e.id, groupIds: ['g99'] })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('experts.add still fills omitted fields with empty values', async () => {
    const { api } = await setup()
    expect(await api['experts.add']({ name: '李明', unit: '某技师学院' })).toMatchObject({ title: '', groupIds: [], contact: '', fields: [] })
  })

  it('sheets.setEntry without level or points is refused and writes nothing; clear: true clears', async () => {
    const { api, wb } = await setup()
    const { key } = await clientScoringCampaign(api)
    const scored = await api['sheets.setEntry']({ ...key, indicatorCode: '1.1', level: 'A' })
    expect(scored.sheet.entries['1.1']).toEqual({ level: 'A' })

    const before = await treeHash(wb.dir)
    for (const input of [{}, { level: null }, { points: null }, { level: null, points: null }]) {
      const refused = api['sheets.setEntry']({ ...key, indicatorCode: '1.1', ...input })
      await expect(refused).rejects.toMatchObject({ code: 'INVALID_INPUT', message: '请选择等级或填写分数；如需清除该项评分，请使用“清除”' })
    }
    await expect(api['sheets.setEntry']({ ...key, indicatorCode: '1.1', level: 'B', clear: true })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect(await treeHash(wb.dir)).toBe(before)
    expect((await api['sheets.get'](key)).sheet.entries['1.1']).toEqual({ level: 'A' })

    const cleared = await api['sheets.setEntry']({ ...key, indicatorCode: '1.1', clear: true })
    expect(cleared.sheet.entries['1.1']).toBeUndefined()
    expect(cleared.sheet.version).toBe(scored.sheet.version + 1)
  })
})
