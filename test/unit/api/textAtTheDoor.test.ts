import { afterEach, describe, expect, it } from 'vitest'
import { clientScoringCampaign, tempClient } from '../../helpers/client'
import { treeHash } from '../../helpers/treeHash'
import { text } from '../../../src/core/api/shared/fields'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

describe('free text is checked at the door (issue 8 item 8)', () => {
  it('refuses NUL in an expert name and a lone surrogate in a comment, writing nothing', async () => {
    const t = await tempClient()
    cleanup = t.cleanup
    const { api, wb } = t
    const { key, expert } = await clientScoringCampaign(api)
    await api['sheets.setComment']({ ...key, comment: '总体良好' })
    const before = await treeHash(wb.dir)

    await expect(api['experts.add']({ name: '王\u0000建国', unit: '某技师学院' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('专家姓名含有不可见的控制字符，请删除后重试'),
    })
    await expect(api['experts.update']({ expertId: expert.id, name: '测试\u0000专家' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(api['sheets.setComment']({ ...key, comment: '亮点突出\uD83D，但' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('评审意见含有无法识别的残缺字符'),
    })
    await expect(api['sheets.setComment']({ ...key, comment: '\uDE00尾' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(api['sheets.setHighlights']({ ...key, highlights: '响铃\u0007' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('特色与创新含有不可见的控制字符'),
    })
    await expect(api['submissions.add']({ campaignId: key.campaignId, school: '某\u001b学院', program: '数控加工', groupId: 'g3' })).rejects.toMatchObject({
      message: expect.stringContaining('申报单位含有不可见的控制字符'),
    })
    expect(await treeHash(wb.dir)).toBe(before)
    expect((await api['sheets.get'](key)).sheet.comment).toBe('总体良好')
  })

  it('accepts normal Chinese text, emoji and line breaks in multi-line fields', async () => {
    const t = await tempClient()
    cleanup = t.cleanup
    const { api } = t
    const { key } = await clientScoringCampaign(api)
    const e = await api['experts.add']({ name: '欧阳𠮷', unit: '广东省技师学院', title: '高级讲师' })
    expect(e.name).toBe('欧阳𠮷')
    const comment = '课程体系完整 👍🏻\n一、实训条件好；\r\n\t二、师资👨‍🏫 充足。'
    expect((await api['sheets.setComment']({ ...key, comment })).sheet.comment).toBe(comment)
  })

  it('the builder: one-line fields refuse inner line breaks, multi-line fields keep them', () => {
    expect(text('专家姓名').safeParse('王\n建国').success).toBe(false)
    expect(text('专家姓名').trim().safeParse('王建国\n').data).toBe('王建国')
    expect(text('评审意见', { multiline: true }).safeParse('一\n二\t三\r\n').success).toBe(true)
    expect(text('评审意见', { multiline: true }).safeParse('一\u000b二').success).toBe(false)
    expect(text('评审意见', { multiline: true }).safeParse('\uD83D\uDE00').success).toBe(true)
  })
})
