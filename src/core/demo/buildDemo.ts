import type { Level } from '../domain/rubric'
import { DEFAULT_GROUPS } from '../domain/groups'
import { openWorkbench } from '../api/openApi'
import { allIndicators } from '../rubric/indicators'
import { mulberry32 } from '../util/prng'
import { addDemoKeys, DEMO_PASSPHRASE } from './demoKeys'

const EXPERTS = [
  { name: '王建国', unit: '江苏省机械高级技工学校', title: '高级讲师', groupIds: ['g1', 'g4'] },
  { name: '李秀英', unit: '天津市机电工艺技师学院', title: '正高级讲师', groupIds: ['g2', 'g4'] },
  { name: '张伟', unit: '中国机械工业教育协会', title: '研究员', groupIds: ['g1', 'g2', 'g3'] },
  { name: '刘洋', unit: '广州市机电技师学院', title: '高级实习指导教师', groupIds: ['g2', 'g6'] },
  { name: '陈静', unit: '徐工集团技能人才评价中心', title: '高级技师', groupIds: ['g3', 'g4'] },
]

const SUBMISSIONS = [
  { school: '湖南省机械工业技师学院', program: '工业机器人应用与维护', groupId: 'g2', applicant: '周立新', quality: 0.85 },
  { school: '湖南省机械工业技师学院', program: '数控加工（数控车工）', groupId: 'g3', applicant: '周立新', quality: 0.7 },
  { school: '山东省工业技师学院', program: '机电一体化技术', groupId: 'g1', applicant: '孙海涛', quality: 0.9 },
  { school: '山东省工业技师学院', program: '智能制造设备技术', groupId: 'g4', applicant: '孙海涛', quality: 0.6 },
  { school: '河南省机械高级技工学校', program: '工业机器人应用与维护', groupId: 'g2', applicant: '马晓燕', quality: 0.5 },
  { school: '河南省机械高级技工学校', program: '电气自动化设备安装与维修', groupId: 'g1', applicant: '马晓燕', quality: 0.75 },
]

const COMMENTS = [
  '专业定位与区域产业需求对接较好，工学一体化课程改革推进扎实；建议进一步提高一体化教师比例，完善学业评价与职业技能等级认定的衔接。',
  '校企合作机制较为健全，实训条件满足教学需要；企业参与人才培养方案制定的深度不足，社会培训规模有待扩大。',
  '人才培养方案规范，课程标准对接国家职业标准；教学资源数字化程度偏低，建议加强活页式教材和数字资源建设。',
]

/**
 * Writes the bundled demo workspace: 3 schools, 6 submissions in 4 of the 7 协作组, 5 experts, and a
 * 专业建设诊断 campaign partly scored (three experts submitted everything, one submitted half, one has
 * drafts). Built through the API, so it is exactly what a user could have made. Seeded: the same
 * scores every time.
 */
export async function buildDemoWorkspace(dir: string, seed = 20261128): Promise<{ campaignId: string }> {
  const wb = await openWorkbench(dir, { create: { name: '联盟专家委员会（演示）', groups: DEFAULT_GROUPS }, door: 'demo' })
  try {
    const rnd = mulberry32(seed)
    const experts = []
    for (const e of EXPERTS) experts.push(await wb.api['experts.add']({ ...e, contact: '' }))
    // keys for the secretariat and every expert, one documented passphrase (demoKeys.ts)
    await addDemoKeys(wb.store, experts.map((e) => e.id), new Date())
    const campaign = await wb.api['campaigns.create']({ name: '2026年度专业建设诊断（第一批）', kind: 'diagnostic' })
    await wb.api['campaigns.addExperts']({ campaignId: campaign.id, expertIds: experts.map((e) => e.id) })
    // 承诺书 before scoring
    for (const expertId of experts.map((e) => e.id)) await wb.api['pledges.accept']({ campaignId: campaign.id, expertId, declaration: '无' })
    const subs = []
    for (const s of SUBMISSIONS) {
      const { quality, ...fields } = s
      subs.push({ quality, sub: await wb.api['submissions.add']({ campaignId: campaign.id, ...fields }) })
    }
    const indicators = allIndicators(campaign.rubric)
    const levels: Level[] = ['A', 'B', 'C', 'D']
    for (const [ei, expert] of experts.entries()) {
      // experts 0–2 finish everything, expert 3 half, expert 4 has only drafts
      const plan = ei < 3 ? { count: subs.length, submit: true } : ei === 3 ? { count: 3, submit: true } : { count: 2, submit: false }
      const severity = [0, -0.05, 0.05, -0.1, 0][ei]!
      for (const { sub, quality } of subs.slice(0, plan.count)) {
        const key = { campaignId: campaign.id, expertId: expert.id, submissionId: sub.id }
        const upTo = plan.submit ? indicators.length : Math.floor(indicators.length / 2)
        for (const ind of indicators.slice(0, upTo)) {
          const q = quality + severity + (rnd() - 0.5) * 0.35
          const level = levels[q > 0.82 ? 0 : q > 0.62 ? 1 : q > 0.4 ? 2 : 3]!
          await wb.api['sheets.setEntry']({ ...key, indicatorCode: ind.code, level })
        }
        await wb.api['sheets.setComment']({ ...key, comment: COMMENTS[Math.floor(rnd() * COMMENTS.length)]! })
        if (plan.submit) await wb.api['sheets.submit']({ ...key, passphrase: DEMO_PASSPHRASE })
      }
    }
    return { campaignId: campaign.id }
  } finally {
    await wb.close()
  }
}
