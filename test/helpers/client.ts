import { afterEach } from 'vitest'
import type { WorkbenchApi } from '../../src/core/api/contract'
import { tempWorkbench, TEST_PASSPHRASE } from './tempWorkspace'

/**
 * The typed client (core/api/client.ts, the one the renderer, CLI and bench use) over in-process
 * dispatch on a real workspace in a temp folder. Calls resolve with values and reject with ApiError.
 */
export async function tempClient(): Promise<{ api: WorkbenchApi; wb: Awaited<ReturnType<typeof tempWorkbench>>; cleanup: () => Promise<void> }> {
  const wb = await tempWorkbench()
  return { api: wb.api, wb, cleanup: wb.cleanup }
}

/** The smallest campaign an expert can score in, through the client (see tempWorkspace.scoringCampaign). */
export async function clientScoringCampaign(api: WorkbenchApi, name = '测试诊断') {
  const expert = await api['experts.add']({ name: '测试专家', unit: '测试单位' })
  const campaign = await api['campaigns.create']({ name, kind: 'diagnostic' })
  await api['campaigns.addExperts']({ campaignId: campaign.id, expertIds: [expert.id] })
  await api['pledges.accept']({ campaignId: campaign.id, expertId: expert.id, declaration: '无' })
  const submission = await api['submissions.add']({ campaignId: campaign.id, school: '某技师学院', program: '数控加工', groupId: 'g3' })
  return { expert, campaign, submission, key: { campaignId: campaign.id, expertId: expert.id, submissionId: submission.id } }
}

/**
 * sheets.submit's input through the client (submit = sign, issue 11): the key plus TEST_PASSPHRASE,
 * the expert's signing key made first (keys.createExpertKey) when they have none.
 */
export async function clientSubmitInput<K extends { expertId: string }>(api: WorkbenchApi, key: K): Promise<K & { passphrase: string }> {
  const row = (await api['keys.status']({})).experts.find((e) => e.expertId === key.expertId)
  if (!row?.fingerprint) await api['keys.createExpertKey']({ expertId: key.expertId, passphrase: TEST_PASSPHRASE })
  return { ...key, passphrase: TEST_PASSPHRASE }
}

/**
 * A temp client per test, removed after each: call inside a describe file's top level, then
 * `const { api, wb } = await setup()` in a test.
 */
export function tempClientPerTest(): () => ReturnType<typeof tempClient> {
  let cleanup: (() => Promise<void>) | undefined
  afterEach(async () => {
    await cleanup?.()
    cleanup = undefined
  })
  return async () => {
    const t = await tempClient()
    cleanup = t.cleanup
    return t
  }
}
