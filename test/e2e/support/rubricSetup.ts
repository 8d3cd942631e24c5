import type { Rubric } from '../../../src/core/domain/rubric'
import type { Workbench } from './workbench'

/**
 * The rubric editor tests' campaign at each stage, made through the API (the calls the editor, the
 * 评分 tab and the import dialog make), so each test starts where the story needs it.
 */
type Api = Workbench['api']

export const CAMPAIGN = '2026年精品课程评选（自定义指标）'
/** The custom rubric: 2 一级 × 2 二级, 100 points; 1.1 is a key indicator. */
export const PLAN = [
  { dim: '1', dimName: '课程设计与实施', dimPoints: 60 },
  { code: '1.1', name: '课程设计', points: 30 },
  { code: '1.2', name: '课堂实施', points: 30 },
  { dim: '2', dimName: '课程效果', dimPoints: 40 },
  { code: '2.1', name: '学生学习成效', points: 20 },
  { code: '2.2', name: '示范辐射', points: 20 },
] as const
export const DESCRIPTORS = { A: '全面达到，成效显著', B: '较好达到', C: '基本达到，有明显不足', D: '未达到' }
/** Levels the expert gives: 30×1.0 + 30×0.8 + 20×0.6 + 20×0.3 = 72.00 (合格). */
export const LEVELS = { '1.1': 'A', '1.2': 'B', '2.1': 'C', '2.2': 'D' } as const
export const NOTE = '增设一票否决项“材料造假”，2.2 更名为“示范辐射与推广”。'

const indicator = (code: string, name: string, points: number, extra: object = {}) => ({
  code,
  name,
  points,
  key: false,
  scale: 'levels',
  descriptors: { ...DESCRIPTORS },
  observationPoints: [],
  ...extra,
})

/** The rubric test 2 builds in the editor, on the blank campaign's rubric. */
function planned(blank: Rubric): unknown {
  return {
    ...blank,
    dimensions: [
      { code: '1', name: PLAN[0].dimName, points: 60, indicators: [indicator('1.1', PLAN[1].name, 30, { key: true }), indicator('1.2', PLAN[2].name, 30)] },
      {
        code: '2',
        name: PLAN[3].dimName,
        points: 40,
        indicators: [
          indicator('2.1', PLAN[4].name, 20),
          indicator('2.2', PLAN[5].name, 20, { observationPoints: [{ text: '课程资源被其他院校采用的情况', nature: 'qualitative', evidence: '采用证明、使用数据', siteCheck: false }] }),
        ],
      },
    ],
  }
}

/** A 精品课程 campaign started from the blank rubric (what test 1 creates in the dialog). */
export async function blankCampaign(api: Api): Promise<string> {
  return (await api('campaigns.create', { name: CAMPAIGN, kind: 'excellentCourse', source: { type: 'blank' } })).id
}

/** The blank campaign with the PLAN rubric saved (test 2's end). */
export async function plannedCampaign(api: Api): Promise<string> {
  const campaignId = await blankCampaign(api)
  const { rubric } = await api('campaigns.get', { campaignId })
  await api('rubric.update', { campaignId, rubric: planned(rubric) })
  return campaignId
}

/** …with 李秀英 (pledged) having scored LEVELS on one submission: the rubric is frozen (test 3's end). */
export async function scoredCampaign(api: Api): Promise<{ campaignId: string; expertId: string; submissionId: string }> {
  const campaignId = await plannedCampaign(api)
  const expertId = (await api('experts.add', { name: '李秀英', unit: '天津市机电工艺技师学院', title: '正高级讲师' })).id
  await api('campaigns.addExperts', { campaignId, expertIds: [expertId] })
  await api('pledges.accept', { campaignId, expertId, declaration: '无' })
  const submissionId = (await api('submissions.add', { campaignId, school: '山东省工业技师学院', program: '数控加工（课程：多轴加工）', groupId: 'g3', subject: { kind: 'course', name: '多轴加工' } })).id
  let version = 0
  for (const [indicatorCode, level] of Object.entries(LEVELS)) {
    version = (await api('sheets.setEntry', { campaignId, expertId, submissionId, indicatorCode, level, baseVersion: version })).sheet.version
  }
  return { campaignId, expertId, submissionId }
}

/** The change test 5 makes: 2.2 renamed and the veto 材料造假, with NOTE (第 2 版 once frozen). */
export async function withVeto(api: Api, campaignId: string): Promise<void> {
  const { rubric } = await api('campaigns.get', { campaignId })
  rubric.dimensions[1]!.indicators[1]!.name = '示范辐射与推广'
  rubric.vetoes = [{ code: 'V1', text: '材料造假' }]
  await api('rubric.update', { campaignId, rubric, note: NOTE })
}

/** The Excel re-import of test 7: the same rubric again, 第 3 版. */
export async function reimported(api: Api, campaignId: string): Promise<void> {
  const { rubric } = await api('campaigns.get', { campaignId })
  await api('rubric.update', { campaignId, rubric, note: '按联盟秘书处下发的 Excel 指标体系表重新导入。' })
}
