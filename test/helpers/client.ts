import type { WorkbenchApi } from '../../src/core/api/contract'
import { tempWorkbench } from './tempWorkspace'

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
