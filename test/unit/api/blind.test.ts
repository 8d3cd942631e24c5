import { afterEach, describe, expect, it } from 'vitest'
import { tempWorkbench, ok } from '../../helpers/tempWorkspace'
import { expertMaterials } from '../../../src/core/domain/blind'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

describe('盲评 (blind mode)', () => {
  it('withholds school and applicant from the expert’s list, not from the secretariat', async () => {
    const wb = await tempWorkbench()
    cleanup = wb.cleanup
    const e = ok(await wb.call('experts.add', { name: '专家', unit: '单位' }))
    const c = ok(await wb.call('campaigns.create', { name: '盲评', kind: 'diagnostic' }))
    ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: [e.id] }))
    const s = ok(await wb.call('submissions.add', { campaignId: c.id, school: '湖南省机械工业技师学院', program: '数控加工', groupId: 'g3', applicant: '周立新' }))
    expect(ok(await wb.call('sheets.listByExpert', { campaignId: c.id, expertId: e.id }))[0]!.submission.school).toBe('湖南省机械工业技师学院')
    ok(await wb.call('campaigns.updateSettings', { campaignId: c.id, blind: true }))
    const row = ok(await wb.call('sheets.listByExpert', { campaignId: c.id, expertId: e.id }))[0]!
    expect(row.submission).toMatchObject({ id: s.id, school: '盲评 B-001', applicant: '', program: '数控加工' })
    expect(ok(await wb.call('results.summary', { campaignId: c.id })).rows[0]!.submission.school).toBe('湖南省机械工业技师学院')
    const campaign = ok(await wb.call('campaigns.get', { campaignId: c.id }))
    const materials = [
      { sha256: 'a'.repeat(64), name: '湖南省机械工业技师学院_申报书.PDF', size: 1, mime: 'application/pdf', addedAt: '' },
      { sha256: 'b'.repeat(64), name: '周立新 简历', size: 1, mime: 'application/pdf', addedAt: '' },
    ]
    expect(expertMaterials(campaign, materials).map((m) => m.name)).toEqual(['材料 1.pdf', '材料 2'])
    expect(expertMaterials({ ...campaign, blind: false }, materials).map((m) => m.name)).toEqual(materials.map((m) => m.name))
  })

  it('the open sheet names the submission only as the expert may see it (issue 9 item 5)', async () => {
    const wb = await tempWorkbench()
    cleanup = wb.cleanup
    const e = ok(await wb.call('experts.add', { name: '专家', unit: '单位' }))
    const c = ok(await wb.call('campaigns.create', { name: '盲评', kind: 'diagnostic' }))
    ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: [e.id] }))
    const s = ok(await wb.call('submissions.add', { campaignId: c.id, school: '湖南省机械工业技师学院', program: '数控加工', groupId: 'g3', applicant: '周立新' }))
    const key = { campaignId: c.id, expertId: e.id, submissionId: s.id }
    expect(ok(await wb.call('sheets.get', key)).submission).toMatchObject({ school: '湖南省机械工业技师学院', applicant: '周立新' })
    ok(await wb.call('campaigns.updateSettings', { campaignId: c.id, blind: true }))
    ok(await wb.call('pledges.accept', { campaignId: c.id, expertId: e.id, declaration: '无' }))
    const opened = ok(await wb.call('sheets.get', key))
    const saved = ok(await wb.call('sheets.setComment', { ...key, comment: '好', baseVersion: opened.sheet.version }))
    for (const view of [opened, saved]) {
      expect(view.submission).toMatchObject({ id: s.id, school: '盲评 B-001', applicant: '', program: '数控加工', extra: {} })
      expect(JSON.stringify(view)).not.toMatch(/湖南|周立新/)
    }
  })
})
