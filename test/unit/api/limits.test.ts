import { afterEach, describe, expect, it } from 'vitest'
import { tempWorkbench, ok } from '../../helpers/tempWorkspace'
import { CAMPAIGN_NAME_MAX_CHARS, COMMENT_MAX_CHARS } from '../../../src/core/domain/limits'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

// The renderer counts against these limits; the core must refuse exactly beyond them, in Chinese, never cut.
describe('text limits shared by the core and the renderer (issue 9 item 11)', () => {
  it('a campaign name of the limit is kept whole; one more character is refused', async () => {
    const wb = await tempWorkbench()
    cleanup = wb.cleanup
    const at = '评'.repeat(CAMPAIGN_NAME_MAX_CHARS)
    expect(ok(await wb.call('campaigns.create', { name: at, kind: 'diagnostic' })).name).toBe(at)
    const over = await wb.call('campaigns.create', { name: at + '评', kind: 'diagnostic' })
    expect(over.ok).toBe(false)
    if (!over.ok) expect(over.error.message).toContain(`评审活动名称不能超过 ${CAMPAIGN_NAME_MAX_CHARS} 个字`)
    expect(ok(await wb.call('campaigns.list', {}))).toHaveLength(1)
  })

  it('a comment of the limit is saved whole; one more character is refused and nothing changes', async () => {
    const wb = await tempWorkbench()
    cleanup = wb.cleanup
    const e = ok(await wb.call('experts.add', { name: '专家', unit: '单位' }))
    const c = ok(await wb.call('campaigns.create', { name: '限长', kind: 'diagnostic' }))
    ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: [e.id] }))
    const s = ok(await wb.call('submissions.add', { campaignId: c.id, school: '学校', program: '专业', groupId: 'g3' }))
    ok(await wb.call('pledges.accept', { campaignId: c.id, expertId: e.id, declaration: '无' }))
    const key = { campaignId: c.id, expertId: e.id, submissionId: s.id }
    const saved = ok(await wb.call('sheets.setComment', { ...key, comment: '意'.repeat(COMMENT_MAX_CHARS) }))
    expect(saved.sheet.comment).toHaveLength(COMMENT_MAX_CHARS)
    const over = await wb.call('sheets.setComment', { ...key, comment: '见'.repeat(COMMENT_MAX_CHARS + 400) })
    expect(over.ok).toBe(false)
    if (!over.ok) expect(over.error.message).toContain(`评审意见不能超过 ${COMMENT_MAX_CHARS} 字`)
    expect(ok(await wb.call('sheets.get', key)).sheet.comment).toBe('意'.repeat(COMMENT_MAX_CHARS))
  })
})
