import { describe, expect, it } from 'vitest'
import type { Rubric } from '../../../src/core/domain/rubric'
import { allIndicators } from '../../../src/core/rubric/indicators'
import { validateRubric } from '../../../src/core/rubric/validate'
import { TEMPLATES } from '../../../src/core/rubric/templates'
import { templateHistory } from '../../../src/core/rubric/templates/history'
import { diagnosticTemplate } from '../../../src/core/rubric/templates/diagnostic'
import { masterTeacherTemplate } from '../../../src/core/rubric/templates/masterTeacher'
import { masterCraftsmanTemplate } from '../../../src/core/rubric/templates/masterCraftsman'
import { researchAchievementTemplate } from '../../../src/core/rubric/templates/researchAchievement'
import { excellentCourseTemplate } from '../../../src/core/rubric/templates/excellentCourse'
import { outcomeKind, outcomeText } from '../../../src/core/scoring/outcome'
import { rubricFromXlsx, rubricToXlsx } from '../../../src/core/rubric/exchange/xlsx'

/** Issue 10, "Templates, as a committee secretary would read them": one test per correction. */

const ind = (t: Rubric, code: string) => {
  const i = allIndicators(t).find((x) => x.code === code)
  if (!i) throw new Error(`${t.id} has no ${code}`)
  return i
}
/** Every text of an indicator a reader sees: name, descriptors, observation points and evidence. */
const textsOf = (i: ReturnType<typeof ind>) => [i.name, ...Object.values(i.descriptors), ...i.observationPoints.flatMap((o) => [o.text, o.evidence])]
const allTexts = (t: Rubric) => [
  ...allIndicators(t).flatMap(textsOf),
  ...t.eligibility.map((e) => e.text),
  ...t.vetoes.map((v) => v.text),
  ...(t.bonus?.items.map((b) => b.name) ?? []),
]

describe('template versions and change notes', () => {
  it('every built-in template is version 2 with a note per version, the last for the current one', () => {
    for (const t of TEMPLATES) {
      expect(t.version, t.id).toBe(2)
      const h = templateHistory(t.id)
      expect(h.map((c) => c.version), t.id).toEqual([1, 2])
      for (const c of h) expect(c.note.trim().length, t.id).toBeGreaterThan(10)
    }
    expect(templateHistory('tpl-unknown')).toEqual([])
  })

  it('every template still sums to 100 and passes validateRubric', () => {
    for (const t of TEMPLATES) {
      expect(t.dimensions.reduce((s, d) => s + d.points, 0), t.id).toBe(100)
      expect(validateRubric(t), t.id).toEqual([])
    }
  })
})

describe('level D reads 待改进, never 差', () => {
  it('in the levels of every template', () => {
    for (const t of TEMPLATES) expect(t.levels.find((l) => l.level === 'D')?.label, t.id).toBe('待改进')
  })
  it('in no descriptor, level name or observation point of any template', () => {
    for (const t of TEMPLATES) {
      for (const l of t.levels) expect(l.label, t.id).not.toContain('差')
      for (const text of allIndicators(t).flatMap(textsOf)) expect(text, t.id).not.toContain('差')
    }
  })
})

describe('诊断 corrections', () => {
  const t = diagnosticTemplate
  it('scores the certificate rate (取证率) in 8.1 only', () => {
    const scoring = allIndicators(t).filter((i) => Object.values(i.descriptors).some((d) => d.includes('取证率')))
    expect(scoring.map((i) => i.code)).toEqual(['8.1'])
  })
  it('2.3 judges the process of 学业评价 and 职业技能等级评价', () => {
    const i = ind(t, '2.3')
    expect(i.name).toBe('学业评价与职业技能等级评价')
    expect(i.descriptors).toEqual({
      A: '过程性与结果性评价相结合，引入企业评价，职业技能等级评价与课程考核有机融合，评价标准全面对接职业标准。',
      B: '评价方式较为多元，有企业参与评价，职业技能等级评价纳入教学安排，组织实施较规范。',
      C: '以终结性考试为主，过程性评价和企业评价不足，职业技能等级评价与教学衔接不够。',
      D: '评价方式单一，未组织职业技能等级评价或评价与教学脱节，评价标准与职业标准不对接。',
    })
    expect(i.observationPoints.map((o) => o.text)).toEqual(['多元评价（过程性评价、企业评价）实施情况', '职业技能等级评价的组织实施及与课程考核的衔接（取证率在8.1计分）'])
  })
  it('1.1 names the 先进制造 key fields and the 协作组 directions', () => {
    expect(ind(t, '1.1').descriptors.A).toBe(
      '近三年开展系统的区域产业与岗位需求调研，专业定位精准对接先进制造业重点领域（智能制造、工业机器人、数控装备、新能源汽车等）和联盟专业建设协作组方向，面向岗位群清晰，论证充分。',
    )
  })
  it('2.1 names the 国家技能人才培养标准', () => {
    const i = ind(t, '2.1')
    expect(i.descriptors.A).toBe('方案依据国家技能人才培养标准、国家职业技能标准和一体化课程规范制定，培养目标、课程结构、学时安排科学，经企业论证并严格执行。')
    expect(i.observationPoints[0]!.text).toBe('方案依据国家技能人才培养标准、职业技能标准和典型工作任务制定')
  })
  it('4.1 says 职业技能等级, not 职业资格', () => {
    const i = ind(t, '4.1')
    expect(i.descriptors.A).toBe('专业带头人具有高级职称和技师以上职业技能等级，行业影响力突出，主持省级以上项目，引领专业建设成效显著。')
    expect(i.descriptors.B).toBe('专业带头人具有高级职称或高级技师职业技能等级，业务能力强，主持市级以上项目，在专业建设中发挥主导作用。')
    for (const text of textsOf(i)) expect(text).not.toContain('职业资格')
  })
  it('8.1 ladder has 世赛, 全国技能大赛, 一类 and 二类 and 竞赛成果转化', () => {
    const i = ind(t, '8.1')
    expect(i.descriptors.A).toBe('毕业生高级工及以上取证率不低于90%，近三年在世界技能大赛、全国技能大赛或一类大赛中获奖，二类大赛获奖多项，竞赛成果转化为教学内容，技能水平突出。')
    expect(i.descriptors.B).toBe('毕业生高级工及以上取证率不低于80%，近三年在全国技能大赛、一类或二类大赛中获奖，竞赛成果有一定转化。')
    expect(i.observationPoints[1]!.text).toBe('近三年世赛、全国技能大赛、一类赛、二类赛获奖情况及竞赛成果转化')
  })
})

describe('名师 corrections', () => {
  const t = masterTeacherTemplate
  it('2.2 C and D can be told apart, and D does not contradict E3 (required load in each of the last 3 years)', () => {
    const i = ind(t, '2.2')
    expect(i.descriptors).toEqual({
      A: '近三年年均教学工作量超过规定标准20%以上，学生评教和督导评价均为优秀，年度考核优秀不少于1次。',
      B: '近三年年均教学工作量超过规定标准10%至20%，学生评教和督导评价优良率不低于90%。',
      C: '近三年年均教学工作量超过规定标准不足10%，学生评教和督导评价以良好为主，无合格以下等次。',
      D: '近三年完成规定教学工作量但未超额，或学生评教、督导评价中出现合格及以下等次。',
    })
    expect(t.eligibility.find((e) => e.code === 'E3')?.text).toBe('近3年每年完成规定教学工作量')
    for (const l of ['C', 'D'] as const) expect(i.descriptors[l]).not.toMatch(/勉强|未完成|刚好/)
  })
  it('E5 cites the 工学一体化教师 standard', () => {
    expect(t.eligibility.find((e) => e.code === 'E5')?.text).toBe('具备双师型教师条件，符合《技工院校工学一体化教师标准》要求')
  })
  it('says 国家级二类职业技能竞赛, never 二类大赛', () => {
    for (const text of allTexts(t)) expect(text).not.toContain('二类大赛')
    expect(ind(t, '5.1').descriptors.A).toBe('近五年指导学生在世界技能大赛或国家级一类大赛中获奖，或在国家级二类职业技能竞赛中获一等奖。')
    expect(ind(t, '5.1').descriptors.B).toBe('近五年指导学生在国家级二类职业技能竞赛中获奖，或在省级职业技能大赛中获一等奖。')
  })
})

describe('名匠 corrections', () => {
  const t = masterCraftsmanTemplate
  it('2.3 year bands do not overlap', () => {
    expect(ind(t, '2.3').descriptors).toEqual({
      A: '在生产或服务一线从事技术技能工作满15年，承担过多个重点工程或关键产品的核心工序。',
      B: '在生产或服务一线从事技术技能工作满10年不满15年，长期承担关键岗位和重要工序。',
      C: '在生产或服务一线从事技术技能工作满6年不满10年，岗位经历较为单一。',
      D: '一线工作年限满5年不满6年（刚达申报要求）或经历断续，关键岗位和重要工序经历不足。',
    })
  })
  it('the bonus no longer rewards honours scored in 1.1 and 2.2 (B1 removed, cap 4)', () => {
    expect(t.bonus?.items.map((b) => b.code)).toEqual(['B2', 'B3'])
    expect(t.bonus?.cap).toBe(4)
    const honours = ['中华技能大奖', '全国技术能手', '劳动模范', '五一劳动奖章', '技能大师工作室']
    for (const b of t.bonus!.items) for (const h of honours) expect(b.name).not.toContain(h)
  })
  it('says 先进操作法, never 工法', () => {
    for (const text of allTexts(t)) expect(text).not.toContain('工法')
    expect(ind(t, '3.3').name).toBe('标准与先进操作法')
    expect(ind(t, '3.3').descriptors.A).toBe('主持或参与制定国家、行业标准或职业技能标准，或总结的先进操作法、绝技绝活获省级以上认定命名。')
  })
  it('names 首席技师 and 特级技师 where levels are scored', () => {
    const i = ind(t, '2.2')
    expect(i.name).toBe('职业技能等级与技能荣誉')
    expect(i.descriptors.A).toBe('具有特级技师、首席技师或高级技师等级，并获全国技术能手、世赛或国家级一类大赛奖项等国家级荣誉。')
    expect(i.observationPoints[0]!.text).toBe('职业技能等级（高级技师、特级技师、首席技师）')
  })
})

describe('教科研成果 corrections', () => {
  const t = researchAchievementTemplate
  it('keeps the quotas as data on the award levels; 特等奖 needs a vote', () => {
    expect(t.awardLevels.map((a) => [a.label, a.requiresVote, a.quota])).toEqual([
      ['特等奖', true, { maxCount: 1 }],
      ['一等奖', false, { maxShare: 0.1 }],
      ['二等奖', false, { maxShare: 0.2 }],
    ])
  })
  it('its outcome is an award: no grade word beside the award word', () => {
    expect(outcomeKind(t)).toBe('award')
    const line = outcomeText(t, { thresholdTotal: 93, grade: 'A', gradeLabel: '优秀' })
    expect(line).toEqual({ heading: '奖项等级（参考）', text: '特等奖（需票决）' })
    expect(t.resultNote).not.toMatch(/优秀|良好|合格/)
  })
  it('keeps quota and 确认后使用 through an Excel round trip', async () => {
    const back = await rubricFromXlsx(await rubricToXlsx(t))
    expect(back.ok && back.rubric.awardLevels).toEqual(t.awardLevels)
  })
})

describe('精品课程 corrections', () => {
  const t = excellentCourseTemplate
  it('states each condition once: E1/E2 as eligibility, not again as vetoes', () => {
    const e = t.eligibility.map((x) => x.text)
    expect(e).toEqual(['列入人才培养方案的课程', '已完整开设不少于2个学期'])
    for (const v of t.vetoes) {
      expect(v.text).not.toContain('人才培养方案')
      expect(v.text).not.toContain('学期')
    }
  })
  it('has the national veto on textbook selection', () => {
    expect(t.vetoes.at(-1)).toEqual({ code: 'V6', text: '教材选用不符合国家和省级教材管理规定' })
    expect(t.vetoes.map((v) => v.code)).toEqual(['V1', 'V2', 'V3', 'V4', 'V5', 'V6'])
  })
  it('2.1 names the 工学一体化课程标准', () => {
    const i = ind(t, '2.1')
    expect(i.descriptors.A).toBe('课程目标对接人才培养方案和国家职业技能标准，内容源于典型工作任务并融入世赛标准，课程标准符合工学一体化课程标准。')
    expect(i.observationPoints[0]!.text).toBe('课程标准符合工学一体化课程标准，并与人才培养方案、职业技能标准对应')
  })
})

describe('award minimums are defaults, marked 确认后使用', () => {
  it('every award line of the built-in templates is provisional', () => {
    for (const t of TEMPLATES) for (const a of t.awardLevels) expect(a.provisional, `${t.id} ${a.label}`).toBe(true)
  })
})
