import type { In, MethodName, Out } from '../../src/core/api/contract'
import type { Level } from '../../src/core/domain/rubric'
import { researchAchievementTemplate as template } from '../../src/core/rubric/templates/researchAchievement'

/** The signing passphrase of the experts' keys this helper makes (the same as tempWorkspace's TEST_PASSPHRASE). */
const TEST_PASSPHRASE = 'test-passphrase-2026'

/** Any door's call that resolves with the value (rejects on an error envelope). */
export type Call = <M extends MethodName>(method: M, input: In<M>) => Promise<Out<M>>

/**
 * A scored 教科研成果评选 of 10 achievements for the 评定 tests (unit and E2E), built through the API:
 * three experts (the whole campaign is every entry's panel before a draw) give the same levels, so each
 * result is exact. With the template's levels (特等 ≥ 92 by vote, 一等 ≥ 85, 二等 ≥ 75) and quotas
 * (特等 ≤ 1, 一等 ≤ 10 %, 二等 ≤ 20 % of 10 entries: 1, 1, 2):
 * - a0 100.00 (reaches 特等, needs the vote);
 * - a1 97.60 with ★ 2.1 at B (★小计 33.60) and a2 97.60 with 1.1 and 5.1 at B (★小计 36.00): a2 first by ★;
 * - a3 and a4 the same levels, 87.20 (★小计 25.60): a tie on result and ★ subtotal; the first expert
 *   raises 一票否决 V3 on a3 (1 of 3: not confirmed by the panel, for the committee to vote on);
 * - a5…a9 lower (all C: 60.00 … ), below every award.
 * `school` of a9 starts with "=" (formula text in exports).
 */
export const AWARD_ENTRIES: Array<{ name: string; school: string; author: string; levels: Record<string, Level> }> = [
  { name: '工学一体化课程开发与实施研究', school: '山东省工业技师学院', author: '孙海涛', levels: {} },
  { name: '数控专业产教融合实训基地建设', school: '湖南省机械工业技师学院', author: '周立新', levels: { '2.1': 'B' } },
  { name: '世赛标准转化的教学资源建设', school: '浙江省机械工业技师学院', author: '王红', levels: { '1.1': 'B', '5.1': 'B' } },
  { name: '企业新型学徒制培养模式探索', school: '河南省机械高级技工学校', author: '马晓燕', levels: { '2.1': 'C', '3.1': 'C', '1.1': 'C' } },
  { name: '智能制造专业群课程体系重构', school: '四川省机械高级技工学校', author: '李明', levels: { '2.1': 'C', '3.1': 'C', '1.1': 'C' } },
  ...['A', 'B', 'C', 'D'].map((x, i) => ({ name: `技能人才评价改革实践${x}`, school: `广州市机电技师学院${i + 1}`, author: `刘${x}`, levels: allAt('C') })),
  { name: '一体化教师培养路径研究', school: '=1+2技师学院', author: '@陈', levels: allAt('D') },
]

function allAt(level: Level): Record<string, Level> {
  return Object.fromEntries(template.dimensions.flatMap((d) => d.indicators.map((i) => [i.code, level])))
}

export const AWARD_EXPERTS = [
  { name: '王建国', unit: '江苏省机械高级技工学校', title: '高级讲师' },
  { name: '李秀英', unit: '天津市机电工艺技师学院', title: '正高级讲师' },
  { name: '张伟', unit: '中国机械工业教育协会', title: '研究员' },
]

export async function buildAwardCampaign(call: Call, opts: { expertIds?: string[]; name?: string; passphrase?: string } = {}) {
  const expertIds = opts.expertIds ?? []
  if (!expertIds.length) for (const e of AWARD_EXPERTS) expertIds.push((await call('experts.add', e)).id)
  // submit = sign (issue 11): every expert needs a signing key; one without gets one under the passphrase
  const passphrase = opts.passphrase ?? TEST_PASSPHRASE
  const keys = (await call('keys.status', {})).experts
  for (const expertId of expertIds) if (!keys.find((k) => k.expertId === expertId)?.fingerprint) await call('keys.createExpertKey', { expertId, passphrase })
  const campaign = await call('campaigns.create', { name: opts.name ?? '2026年度教科研成果评选', kind: 'researchAchievement' })
  await call('campaigns.addExperts', { campaignId: campaign.id, expertIds })
  for (const expertId of expertIds) await call('pledges.accept', { campaignId: campaign.id, expertId, declaration: '无' })
  const submissions = []
  for (const e of AWARD_ENTRIES) {
    submissions.push(
      await call('submissions.add', {
        campaignId: campaign.id, school: e.school, groupId: 'g3', applicant: e.author,
        subject: { kind: 'achievement', name: e.name, authors: [e.author], units: [] },
      }),
    )
  }
  const indicators = template.dimensions.flatMap((d) => d.indicators)
  for (const expertId of expertIds) {
    for (const [k, s] of submissions.entries()) {
      const key = { campaignId: campaign.id, expertId, submissionId: s.id }
      for (const e of template.eligibility) await call('sheets.setEligibility', { ...key, code: e.code, value: 'pass' })
      for (const ind of indicators) await call('sheets.setEntry', { ...key, indicatorCode: ind.code, level: AWARD_ENTRIES[k]!.levels[ind.code] ?? 'A' })
      if (k === 3 && expertId === expertIds[0]) await call('sheets.setVeto', { ...key, code: 'V3', evidence: '成果应用证明的单位公章与单位名称不符。' })
      await call('sheets.submit', { ...key, passphrase })
    }
  }
  return { campaign, submissions, expertIds }
}
