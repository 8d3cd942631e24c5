import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openWorkbench, type OpenedWorkbench } from '../../src/core/api/openApi'
import { DEFAULT_GROUPS } from '../../src/core/domain/groups'
import type { Envelope } from '../../src/core/api/envelope'
import { createExpertKey } from '../../src/core/signing/keyStore'
import { DEMO_KDF } from '../../src/core/demo/demoKeys'

export async function tempDir(prefix = 'wb-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/** A real workspace in a temp folder, opened through the same function every door uses. */
export async function tempWorkbench(): Promise<OpenedWorkbench & { dir: string; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await tempDir()
  const wb = await openWorkbench(join(dir, 'ws'), { create: { name: '测试工作区', groups: DEFAULT_GROUPS }, door: 'test' })
  return {
    ...wb,
    dir: join(dir, 'ws'),
    cleanup: async () => {
      await wb.close().catch(() => undefined)
      await cleanup()
    },
  }
}

export function ok<T>(env: Envelope<T>): T {
  if (!env.ok) throw new Error(`expected ok, got ${env.error.code}: ${env.error.message}`)
  return env.value
}

/**
 * The smallest campaign an expert can score in: one expert (pledged), one 专业建设诊断 campaign, one
 * submission. Returns the sheet key with them.
 */
export async function scoringCampaign(wb: Pick<OpenedWorkbench, 'call'>, name = '测试诊断') {
  const expert = ok(await wb.call('experts.add', { name: '测试专家', unit: '测试单位' }))
  const campaign = ok(await wb.call('campaigns.create', { name, kind: 'diagnostic' }))
  ok(await wb.call('campaigns.addExperts', { campaignId: campaign.id, expertIds: [expert.id] }))
  ok(await wb.call('pledges.accept', { campaignId: campaign.id, expertId: expert.id, declaration: '无' }))
  const submission = ok(await wb.call('submissions.add', { campaignId: campaign.id, school: '某技师学院', program: '数控加工', groupId: 'g3' }))
  return { expert, campaign, submission, key: { campaignId: campaign.id, expertId: expert.id, submissionId: submission.id } }
}

/**
 * Scores every indicator of the sheet at `key` at level B (an indicator scored by points gets 1), so
 * the sheet can be submitted.
 */
export async function scoreEveryIndicator(wb: Pick<OpenedWorkbench, 'call'>, key: { campaignId: string; expertId: string; submissionId: string }): Promise<void> {
  for (const i of ok(await wb.call('sheets.get', key)).result.indicators) {
    const r = await wb.call('sheets.setEntry', { ...key, indicatorCode: i.code, level: 'B' })
    if (!r.ok) ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: i.code, points: 1 }))
  }
}

/** The signing passphrase of every expert key tests make (issue 11: submit = sign). */
export const TEST_PASSPHRASE = 'test-passphrase-2026'

/**
 * The input of sheets.submit for `key`: the key plus TEST_PASSPHRASE, the expert's signing key made
 * first (in this workspace, with the demo's fast scrypt parameters) when they have none yet.
 */
export async function submitInput<K extends { expertId: string }>(wb: Pick<OpenedWorkbench, 'store'>, key: K): Promise<K & { passphrase: string }> {
  await ensureExpertKey(wb, key.expertId)
  return { ...key, passphrase: TEST_PASSPHRASE }
}

/** Gives the expert a signing key under TEST_PASSPHRASE unless they have one. */
export async function ensureExpertKey(wb: Pick<OpenedWorkbench, 'store'>, expertId: string): Promise<void> {
  const expert = (await wb.store.workspaceShard()).data.experts.find((e) => e.id === expertId)
  if (!expert || expert.publicKey) return
  await createExpertKey(wb.store, { expertId: expert.id, passphrase: TEST_PASSPHRASE, at: new Date(), kdf: DEMO_KDF })
}
