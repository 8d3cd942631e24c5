import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openWorkbench, type OpenedWorkbench } from '../../src/core/api/openApi'
import { DEFAULT_GROUPS } from '../../src/core/domain/groups'
import type { Envelope } from '../../src/core/api/envelope'

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
