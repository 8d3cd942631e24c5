import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEncryptedKey, unlockKey } from '../../../src/core/signing/keys'
import { exportExpertPackage } from '../../../src/core/packages/exportExpertPackage'
import { openExpertPackage } from '../../../src/core/packages/openExpertPackage'
import { packageReason } from '../../../src/core/intake/packages/refusal'
import { openWorkbench } from '../../../src/core/api/openApi'
import type { CampaignId, ExpertId } from '../../../src/core/domain/ids'
import { ok, scoringCampaign, tempWorkbench } from '../../helpers/tempWorkspace'
import { treeHash } from '../../helpers/treeHash'

const KEY = unlockKey(createEncryptedKey('秘书处口令123', { N: 2 ** 14, r: 8, p: 1 }), '秘书处口令123')
const NOW = new Date('2026-11-29T10:00:00Z')

let wb: Awaited<ReturnType<typeof tempWorkbench>>
beforeEach(async () => {
  wb = await tempWorkbench()
})
afterEach(async () => wb.cleanup())

async function campaignWithMaterial(blind: boolean) {
  const s = await scoringCampaign(wb)
  const other = ok(await wb.call('experts.add', { name: '另一位专家', unit: '别的单位' }))
  ok(await wb.call('campaigns.addExperts', { campaignId: s.campaign.id, expertIds: [other.id] }))
  const second = ok(await wb.call('submissions.add', { campaignId: s.campaign.id, school: '第二技师学院', program: '焊接加工', groupId: 'g3' }))
  // panels: the expert judges only the first submission
  ok(await wb.call('assignments.change', { campaignId: s.campaign.id, submissionId: s.submission.id, add: s.expert.id, chairId: s.expert.id, reason: '测试' }))
  ok(await wb.call('assignments.change', { campaignId: s.campaign.id, submissionId: second.id, add: other.id, reason: '测试' }))
  const pdf = join(wb.dir, '..', '某技师学院_自评报告.pdf')
  await writeFile(pdf, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200_000, 0x41), Buffer.from('\n%%EOF\n')]))
  ok(await wb.call('materials.addFiles', { campaignId: s.campaign.id, submissionId: s.submission.id, sources: [{ path: pdf }] }, { trusted: true }))
  if (blind) ok(await wb.call('campaigns.updateSettings', { campaignId: s.campaign.id, blind: true }))
  return { ...s, other, second }
}

describe('expert package → expert workspace', () => {
  it('exports only the expert’s submissions, blinded, signed; opening it creates an expert workspace', async () => {
    const s = await campaignWithMaterial(true)
    const target = join(wb.dir, '..', 'expert.wbexp')
    const written = await exportExpertPackage(wb.store, { campaignId: s.campaign.id as CampaignId, expertId: s.expert.id as ExpertId, key: KEY, target, validDays: 30, now: NOW, packageId: 'pkg-a' })
    expect(written.manifest.sequence).toBe(1)
    const zip = await JSZip.loadAsync(await readFile(target))
    const content = JSON.parse(await zip.file('content.json')!.async('string'))
    expect(content.expert.id).toBe(s.expert.id)
    expect(content.submissions.map((x: { id: string }) => x.id)).toEqual([s.submission.id])
    expect(content.chairOf).toEqual([s.submission.id])
    expect(JSON.stringify(content)).not.toContain('某技师学院')
    expect(JSON.stringify(content)).not.toContain('另一位专家')
    expect(content.submissions[0].materials[0].name).toBe('材料 1.pdf')
    expect(content.pledge.text).toContain('承诺')
    const campaign = ok(await wb.call('campaigns.get', { campaignId: s.campaign.id }))
    expect(campaign.packages?.issued.map((p: { sequence: number }) => p.sequence)).toEqual([1])

    const expertDir = join(wb.dir, '..', 'expert-ws')
    const opened = await openExpertPackage(target, expertDir, { label: 'expert.wbexp', now: NOW })
    expect(opened.info.expertId).toBe(s.expert.id)
    expect(opened.info.secretariat.fingerprint).toBe(KEY.fingerprint)
    const ex = await openWorkbench(expertDir, { door: 'test' })
    try {
      const list = ok(await ex.call('campaigns.list', {}))
      expect(list.map((c: { id: string }) => c.id)).toEqual([s.campaign.id])
      const rows = ok(await ex.call('sheets.listByExpert', { campaignId: s.campaign.id, expertId: s.expert.id }))
      expect(rows.length).toBe(content.submissions.length)
      const mats = ok(await ex.call('materials.list', { campaignId: s.campaign.id, submissionId: s.submission.id }))
      expect(mats[0]!.name).toBe('材料 1.pdf')
      expect((await readdir(join(expertDir, 'attachments'))).filter((n) => /^[0-9a-f]{64}$/.test(n))).toEqual([mats[0]!.sha256])
    } finally {
      await ex.close()
    }
  })

  it('two exports for one expert at once (a double click) take sequences 1 and 2, both logged', async () => {
    const s = await campaignWithMaterial(false)
    const input = (n: number) => ({ campaignId: s.campaign.id as CampaignId, expertId: s.expert.id as ExpertId, key: KEY, target: join(wb.dir, '..', `e${n}.wbexp`), validDays: 30, now: NOW, packageId: `pkg-${n}` })
    const [a, b] = await Promise.all([exportExpertPackage(wb.store, input(1)), exportExpertPackage(wb.store, input(2))])
    expect([a.manifest.sequence, b.manifest.sequence].sort()).toEqual([1, 2])
    const campaign = ok(await wb.call('campaigns.get', { campaignId: s.campaign.id }))
    expect(campaign.packages?.issued.map((p: { sequence: number }) => p.sequence).sort()).toEqual([1, 2])
  })

  it('refuses an expired package and a tampered one, leaving nothing behind', async () => {
    const s = await campaignWithMaterial(false)
    const target = join(wb.dir, '..', 'expert.wbexp')
    await exportExpertPackage(wb.store, { campaignId: s.campaign.id as CampaignId, expertId: s.expert.id as ExpertId, key: KEY, target, validDays: 1, now: NOW, packageId: 'pkg-b' })
    const parent = join(wb.dir, '..')
    const before = await treeHash(parent)
    const late = new Date(NOW.getTime() + 2 * 86_400_000)
    const e1 = await openExpertPackage(target, join(parent, 'late-ws'), { label: 'expert.wbexp', now: late }).catch((e) => e)
    expect(packageReason(e1)).toBe('EXPIRED')
    expect(e1.message).toContain('过期')
    expect(await treeHash(parent)).toBe(before)
    const bytes = await readFile(target)
    const i = bytes.indexOf(Buffer.alloc(50, 0x41))
    bytes[i + 10] = 0x42
    await writeFile(join(parent, 'bad.wbexp'), bytes)
    const before2 = await treeHash(parent)
    const e2 = await openExpertPackage(join(parent, 'bad.wbexp'), join(parent, 'bad-ws'), { label: 'bad.wbexp', now: NOW }).catch((e) => e)
    expect(packageReason(e2)).toBe('HASH_MISMATCH')
    expect(await treeHash(parent)).toBe(before2)
  })
})
