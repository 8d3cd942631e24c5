import { afterEach, describe, expect, it } from 'vitest'
import { access, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ApiError } from '../../../src/core/api/client'
import type { WorkbenchApi } from '../../../src/core/api/contract'
import { clientScoringCampaign, tempClient } from '../../helpers/client'
import { treeHash } from '../../helpers/treeHash'
import { buildZip, SAMPLE } from '../intake/helpers/zipBuilder'

/** Issue 9 item 14: removal is audited, refused while scored, and a refusal writes nothing. */

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

async function fresh() {
  const c = await tempClient()
  cleanup = c.cleanup
  return c
}

async function refused(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p
  } catch (e) {
    if (e instanceof ApiError) return e
    throw e
  }
  throw new Error('expected a refusal')
}

async function attach(api: WorkbenchApi, dir: string, campaignId: string, submissionId: string, files: Array<{ name: string; data: Buffer }>) {
  const zip = join(dir, '..', `m-${Math.random().toString(36).slice(2)}.zip`)
  await writeFile(zip, buildZip(files))
  const started = await api['materials.import']({ campaignId, source: { path: zip }, submissionId })
  let task = await api['tasks.get']({ taskId: started.id })
  while (task.state === 'running') {
    await new Promise((r) => setTimeout(r, 10))
    task = await api['tasks.get']({ taskId: started.id })
  }
  expect(task.state).toBe('done')
}

const blobExists = (dir: string, sha: string) => access(join(dir, 'attachments', sha)).then(() => true, () => false)

describe('submissions.remove', () => {
  it('is refused while a sheet holds a score, naming the expert, and writes nothing', async () => {
    const { api, wb } = await fresh()
    const { submission, key, campaign } = await clientScoringCampaign(api)
    await api['sheets.setEntry']({ ...key, indicatorCode: '1.1', level: 'B' })
    const before = await treeHash(wb.dir)
    const e = await refused(api['submissions.remove']({ campaignId: campaign.id, submissionId: submission.id, reason: '重复申报' }))
    expect(e.code).toBe('HAS_SCORES')
    expect(e.message).toContain('1 份评分表')
    expect(e.message).toContain('测试专家（草稿）')
    expect(await treeHash(wb.dir)).toBe(before)
    expect((await api['campaigns.get']({ campaignId: campaign.id })).submissions).toHaveLength(1)
  })

  it('removes an unscored submission with its panel entry and its unshared blobs, audited with the reason', async () => {
    const { api, wb } = await fresh()
    const { submission, campaign } = await clientScoringCampaign(api)
    const other = await api['submissions.add']({ campaignId: campaign.id, school: '另一学校', program: '焊接加工', groupId: 'g3' })
    const shared = SAMPLE.pdf('共用')
    await attach(api, wb.dir, campaign.id, submission.id, [{ name: 'own.pdf', data: SAMPLE.pdf('自有') }, { name: 'shared.pdf', data: shared }])
    await attach(api, wb.dir, campaign.id, other.id, [{ name: 'copy.pdf', data: shared }])
    const mats = await api['materials.list']({ campaignId: campaign.id, submissionId: submission.id })
    const own = mats.find((m) => m.name === 'own.pdf')!.sha256
    const sharedSha = mats.find((m) => m.name === 'shared.pdf')!.sha256
    expect(await blobExists(wb.dir, own)).toBe(true)

    const r = await api['submissions.remove']({ campaignId: campaign.id, submissionId: submission.id, reason: '申报单位撤回' })
    expect(r.blobsRemoved).toBe(1)
    expect(await blobExists(wb.dir, own)).toBe(false)
    expect(await blobExists(wb.dir, sharedSha)).toBe(true)
    const c = await api['campaigns.get']({ campaignId: campaign.id })
    expect(c.submissions.map((s) => s.id)).toEqual([other.id])
    expect(c.assignments[submission.id]).toBeUndefined()
    const audit = await api['audit.list']({ campaignId: campaign.id })
    const entry = audit.entries.find((a) => a.action === 'submission.remove')
    expect(entry?.data).toMatchObject({ submissionId: submission.id, reason: '申报单位撤回', school: '某技师学院' })
    expect(audit.chain.ok).toBe(true)
  })

  it('requires a reason', async () => {
    const { api } = await fresh()
    const { submission, campaign } = await clientScoringCampaign(api)
    const e = await refused(api['submissions.remove']({ campaignId: campaign.id, submissionId: submission.id, reason: '  ' }))
    expect(e.code).toBe('INVALID_INPUT')
    expect(e.message).toContain('理由')
  })
})

describe('materials.remove', () => {
  it('unlinks one named material, audited; the blob goes only when nothing references it', async () => {
    const { api, wb } = await fresh()
    const { submission, campaign } = await clientScoringCampaign(api)
    const data = SAMPLE.pdf('同一文件')
    await attach(api, wb.dir, campaign.id, submission.id, [{ name: 'a.pdf', data }, { name: 'b.pdf', data }])
    const [a] = await api['materials.list']({ campaignId: campaign.id, submissionId: submission.id })
    const first = await api['materials.remove']({ campaignId: campaign.id, submissionId: submission.id, sha256: a!.sha256, name: 'a.pdf', reason: '传错了' })
    expect(first.materials.map((m) => m.name)).toEqual(['b.pdf'])
    expect(first.blobRemoved).toBe(false)
    expect(await blobExists(wb.dir, a!.sha256)).toBe(true)
    const second = await api['materials.remove']({ campaignId: campaign.id, submissionId: submission.id, sha256: a!.sha256, name: 'b.pdf', reason: '传错了' })
    expect(second.blobRemoved).toBe(true)
    expect(await blobExists(wb.dir, a!.sha256)).toBe(false)
    const audit = await api['audit.list']({ campaignId: campaign.id })
    expect(audit.entries.filter((x) => x.action === 'material.remove').map((x) => x.data.name)).toEqual(['a.pdf', 'b.pdf'])

    const before = await treeHash(wb.dir)
    const e = await refused(api['materials.remove']({ campaignId: campaign.id, submissionId: submission.id, sha256: a!.sha256, name: 'a.pdf', reason: '再删' }))
    expect(e.code).toBe('NOT_FOUND')
    expect(await treeHash(wb.dir)).toBe(before)
  })
})

describe('experts.remove', () => {
  it('is refused while the expert has saved sheets, naming the campaign; writes nothing', async () => {
    const { api, wb } = await fresh()
    const { expert, key } = await clientScoringCampaign(api, '春季诊断')
    await api['sheets.setComment']({ ...key, comment: '初步意见' })
    const before = await treeHash(wb.dir)
    const e = await refused(api['experts.remove']({ expertId: expert.id, reason: '退出' }))
    expect(e.code).toBe('HAS_SCORES')
    expect(e.message).toContain('「春季诊断」已有 1 份评分表保存了评分')
    expect(await treeHash(wb.dir)).toBe(before)
  })

  it('is refused while on a panel', async () => {
    const { api } = await fresh()
    const { expert, campaign } = await clientScoringCampaign(api, '秋季诊断')
    await api['campaigns.updateSettings']({ campaignId: campaign.id, panel: { size: 1, fieldShare: 0 } })
    await api['assignments.autoAssign']({ campaignId: campaign.id, seed: 's' })
    const e = await refused(api['experts.remove']({ expertId: expert.id, reason: '退出' }))
    expect(e.code).toBe('HAS_SCORES')
    expect(e.message).toContain('「秋季诊断」在 1 个专家组中')
  })

  it('removes a free expert from the pool and the campaign lists, kept with the reason and audited', async () => {
    const { api, wb } = await fresh()
    const { expert, campaign } = await clientScoringCampaign(api, '冬季诊断')
    const r = await api['experts.remove']({ expertId: expert.id, reason: '本人申请退出' })
    expect(r.campaigns).toEqual(['冬季诊断'])
    expect(await api['experts.list']({})).toEqual([])
    expect((await api['campaigns.get']({ campaignId: campaign.id })).expertIds).toEqual([])
    const audit = await api['audit.list']({ campaignId: campaign.id })
    expect(audit.entries.find((x) => x.action === 'expert.remove')?.data).toMatchObject({ expertId: expert.id, reason: '本人申请退出' })
    const { readFile } = await import('node:fs/promises')
    const ws = JSON.parse(await readFile(join(wb.dir, 'workspace.json'), 'utf8'))
    expect(ws.removedExperts).toMatchObject([{ expert: { id: expert.id, name: '测试专家' }, reason: '本人申请退出' }])
  })
})

describe('campaigns.archive / restore', () => {
  it('archives without touching the data, and restores it unchanged; both audited', async () => {
    const { api } = await fresh()
    const { campaign, key } = await clientScoringCampaign(api, '归档测试')
    await api['sheets.setEntry']({ ...key, indicatorCode: '1.1', level: 'A' })
    const before = await api['campaigns.get']({ campaignId: campaign.id })
    await api['campaigns.archive']({ campaignId: campaign.id, reason: '评审结束' })
    const card = (await api['campaigns.list']({})).find((c) => c.id === campaign.id)
    expect(card?.archived).toMatchObject({ reason: '评审结束' })
    expect((await refused(api['campaigns.archive']({ campaignId: campaign.id, reason: '再归档' }))).code).toBe('CONFLICT')
    await api['campaigns.restore']({ campaignId: campaign.id })
    expect(await api['campaigns.get']({ campaignId: campaign.id })).toEqual(before)
    expect((await api['campaigns.list']({})).find((c) => c.id === campaign.id)?.archived).toBeUndefined()
    expect((await api['sheets.get'](key)).sheet.entries['1.1']).toMatchObject({ level: 'A' })
    const actions = (await api['audit.list']({ campaignId: campaign.id })).entries.map((x) => x.action)
    expect(actions).toEqual(expect.arrayContaining(['campaign.archive', 'campaign.restore']))
  })
})
