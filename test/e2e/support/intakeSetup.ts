import { DEFAULT_GROUPS } from '../../../src/core/domain/groups'
import { taskOfKind } from '../../../src/core/api/taskView'
import type { Workbench } from './workbench'
import { S1, S2 } from './intakeFiles'

/**
 * State an intake test starts from, made through the API (the same calls the UI makes), so a test
 * never depends on the test before it.
 */
type Api = Workbench['api']

export const groupId = (name: string): string => DEFAULT_GROUPS.find((g) => g.name === name)!.id

/** A 专业建设诊断 campaign from the built-in template. */
export async function intakeCampaign(api: Api): Promise<string> {
  const template = (await api('templates.list', {})).find((t) => t.kind === 'diagnostic')!
  const campaign = await api('campaigns.create', { name: '2026年专业建设诊断（材料与分配 E2E）', kind: 'diagnostic', source: { type: 'template', templateId: template.id } })
  return campaign.id
}

/** The two valid roster rows as submissions (what test 1 imports through the wizard). */
export async function addSubmissions(api: Api, campaignId: string): Promise<{ s1: string; s2: string }> {
  const ids: string[] = []
  for (const s of [S1, S2]) ids.push((await api('submissions.add', { campaignId, school: s.school, program: s.program, groupId: groupId(s.group), applicant: s.applicant })).id)
  return { s1: ids[0]!, s2: ids[1]! }
}

/** Uploads a zip in ≤ 4 MB chunks and imports it by 学校_专业, waiting for the task to finish. */
export async function importMaterials(api: Api, campaignId: string, zip: Buffer): Promise<void> {
  const { uploadId } = await api('uploads.begin', { name: '申报材料.zip', size: zip.length })
  const CHUNK = 4 * 1024 * 1024
  for (let offset = 0; offset < zip.length; offset += CHUNK) {
    await api('uploads.chunk', { uploadId, offset, base64: zip.subarray(offset, offset + CHUNK).toString('base64') })
  }
  let task = await api('materials.import', { campaignId, source: { uploadId }, rule: 'schoolProgram' })
  while (task.state === 'running') {
    await new Promise((r) => setTimeout(r, 100))
    task = taskOfKind(await api('tasks.get', { taskId: task.id }), 'materials.import')
  }
  if (task.state !== 'done') throw new Error(`materials import ended ${task.state}: ${task.error?.message ?? ''}`)
}

/** 王建国 as test 4 enters him: once at S2's school, a project partner of its applicant; in the campaign. */
export async function addWang(api: Api, campaignId: string, year: number): Promise<string> {
  const wang = await api('experts.add', {
    name: '王建国',
    unit: '天津市机电工艺技师学院',
    title: '正高级讲师',
    groupIds: [groupId(S1.group), groupId(S2.group)],
    fields: ['工业机器人'],
    formerUnits: [{ unit: S2.school, from: 2012, to: year - 1 }],
    relations: [{ kind: 'projectPartner', name: S2.applicant, unit: S2.school, year: year - 1 }],
  })
  await api('campaigns.addExperts', { campaignId, expertIds: [wang.id] })
  return wang.id
}

/** The six further experts of test 5, in the campaign; the first (李秀英) is a suspected 回避 for S1. */
export async function addPanelExperts(api: Api, campaignId: string): Promise<string[]> {
  const experts = [
    { name: '李秀英', unit: '机械工业技师学院', groupIds: ['g2', 'g3'] },
    { name: '张伟', unit: '中国机械工业教育协会', groupIds: ['g2', 'g3'] },
    { name: '刘洋', unit: '广州市机电技师学院', groupIds: ['g2'] },
    { name: '陈静', unit: '徐工集团技能人才评价中心', groupIds: ['g3'] },
    { name: '赵磊', unit: '杭州技师学院', groupIds: ['g2', 'g3'] },
    { name: '孙丽', unit: '成都市技师学院', groupIds: ['g2', 'g3'] },
  ]
  const ids: string[] = []
  for (const e of experts) ids.push((await api('experts.add', { ...e, title: '高级讲师' })).id)
  await api('campaigns.addExperts', { campaignId, expertIds: ids })
  return ids
}
