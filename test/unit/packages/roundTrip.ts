import { join } from 'node:path'
import type { OpenedWorkbench } from '../../../src/core/api/openApi'
import { openWorkbench } from '../../../src/core/api/openApi'
import { DEMO_KDF } from '../../../src/core/demo/demoKeys'
import type { CampaignId, ExpertId } from '../../../src/core/domain/ids'
import { exportExpertPackage } from '../../../src/core/packages/exportExpertPackage'
import { openExpertPackage } from '../../../src/core/packages/openExpertPackage'
import { exportScorePackage } from '../../../src/core/packages/scorePackage'
import { createExpertKey, createWorkspaceKey, unlockExpertKey, unlockWorkspaceKey } from '../../../src/core/signing/keyStore'
import { ok, scoringCampaign, tempWorkbench } from '../../helpers/tempWorkspace'

export const PASS = '测试口令-2026'
export const T0 = new Date('2026-11-29T10:00:00Z')

/**
 * A secretariat with a key and a campaign of two submissions (the expert judges the first, another
 * expert the second), and the expert's own workspace opened from a real expert package, with a key.
 */
export async function roundTrip() {
  const sec = await tempWorkbench()
  await createWorkspaceKey(sec.store, PASS, T0, DEMO_KDF)
  const s = await scoringCampaign(sec)
  const other = ok(await sec.call('experts.add', { name: '另一位专家', unit: '别的单位' }))
  ok(await sec.call('campaigns.addExperts', { campaignId: s.campaign.id, expertIds: [other.id] }))
  const second = ok(await sec.call('submissions.add', { campaignId: s.campaign.id, school: '第二技师学院', program: '焊接加工', groupId: 'g3' }))
  ok(await sec.call('assignments.change', { campaignId: s.campaign.id, submissionId: s.submission.id, add: s.expert.id, reason: '测试' }))
  ok(await sec.call('assignments.change', { campaignId: s.campaign.id, submissionId: second.id, add: other.id, reason: '测试' }))
  const wbexp = join(sec.dir, '..', 'expert.wbexp')
  const key = await unlockWorkspaceKey(sec.store, PASS)
  await exportExpertPackage(sec.store, { campaignId: s.campaign.id as CampaignId, expertId: s.expert.id as ExpertId, key, target: wbexp, validDays: 30, now: T0, packageId: 'pkg-x' })
  const expertDir = join(sec.dir, '..', 'expert-ws')
  await openExpertPackage(wbexp, expertDir, { label: 'expert.wbexp', now: T0 })
  const ex = await openWorkbench(expertDir, { door: 'test' })
  await createExpertKey(ex.store, { expertId: s.expert.id as ExpertId, passphrase: PASS, at: T0, kdf: DEMO_KDF })
  const sheetKey = { campaignId: s.campaign.id, expertId: s.expert.id, submissionId: s.submission.id }
  return {
    sec,
    ex,
    s,
    other,
    second,
    sheetKey,
    expertDir,
    async cleanup() {
      await ex.close().catch(() => undefined)
      await sec.cleanup()
    },
  }
}

/** The expert accepts the 承诺书, scores every indicator at `level` and submits (submit = sign, with the passphrase). */
export async function scoreAndSubmit(ex: OpenedWorkbench, key: { campaignId: string; expertId: string; submissionId: string }, level: 'A' | 'B' | 'C') {
  const c = ok(await ex.call('campaigns.get', { campaignId: key.campaignId }))
  if (!c.pledges?.[key.expertId]) ok(await ex.call('pledges.accept', { campaignId: key.campaignId, expertId: key.expertId, declaration: '无' }))
  for (const d of c.rubric.dimensions) for (const ind of d.indicators) ok(await ex.call('sheets.setEntry', { ...key, indicatorCode: ind.code, level }))
  ok(await ex.call('sheets.submit', { ...key, passphrase: PASS }))
}

export async function exportScores(ex: OpenedWorkbench, target: string, now = T0) {
  const info = ok(await ex.call('packages.expertInfo', {}))!
  const key = await unlockExpertKey(ex.store, info.expertId as ExpertId, PASS)
  return exportScorePackage(ex.store, { key, target, now, packageId: `pkg-s${Math.random().toString(16).slice(2, 8)}` })
}
