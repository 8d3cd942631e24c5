import { describe, expect, it } from 'vitest'
import { RubricSchema, type Rubric } from '../../../src/core/domain/rubric'
import { allIndicators } from '../../../src/core/rubric/indicators'
import { validateRubric } from '../../../src/core/rubric/validate'
import { masterTeacherTemplate } from '../../../src/core/rubric/templates/masterTeacher'
import { masterCraftsmanTemplate } from '../../../src/core/rubric/templates/masterCraftsman'
import { researchAchievementTemplate } from '../../../src/core/rubric/templates/researchAchievement'
import { excellentCourseTemplate } from '../../../src/core/rubric/templates/excellentCourse'

/** What docs/domain/review-kinds.md (b)–(e) fixes for each award template, written out literally. */
interface Expected {
  title: string
  template: Rubric
  id: string
  name: string
  kind: Rubric['kind']
  /** 一级指标 [name, points] in table order */
  dimensions: Array<[string, number]>
  /** 一级指标 marked ★ as a whole in the table (the key flag sits on exactly one of its 二级指标) */
  keyDimensions: string[]
  /** 二级指标 named in the table: [一级指标, 二级指标, points, ★] */
  namedIndicators: Array<[string, string, number, boolean]>
  /** names of all ★ 二级指标, in reading order */
  keyIndicators: string[]
  eligibility: Array<{ code: string; text: string }>
  vetoes: Array<{ code: string; text: string }>
  awardLevels: Array<{ code: string; label: string; min: number; requiresVote: boolean; provisional?: boolean; quota?: { maxCount?: number; maxShare?: number } }>
  resultNote?: string
  hasBonus: boolean
  /** 加分上限 when hasBonus */
  bonusCap?: number
}

const EXPECTED: Expected[] = [
  {
    title: '名师 (b)',
    template: masterTeacherTemplate,
    id: 'tpl-masterTeacher',
    name: '名师评选指标体系（2026版）',
    kind: 'masterTeacher',
    dimensions: [
      ['师德师风与育人', 15],
      ['教学能力与效果', 30],
      ['专业技能与实践', 15],
      ['教学改革与教科研', 20],
      ['学生指导与示范引领', 20],
    ],
    keyDimensions: [],
    namedIndicators: [
      ['教学能力与效果', '一体化教学实施', 12, true],
      ['教学能力与效果', '工作量与评价', 10, false],
      ['教学能力与效果', '教学比赛', 8, false],
      ['学生指导与示范引领', '指导学生竞赛', 10, true],
    ],
    keyIndicators: ['一体化教学实施', '指导学生竞赛'],
    eligibility: [
      { code: 'E1', text: '技工院校在职教师' },
      { code: 'E2', text: '从事教学工作满10年' },
      { code: 'E3', text: '近3年每年完成规定教学工作量' },
      { code: 'E4', text: '具有高级讲师/高级实习指导教师及以上职称，或中级职称并具有技师及以上职业资格' },
      { code: 'E5', text: '具备双师型教师条件，符合《技工院校工学一体化教师标准》要求' },
    ],
    vetoes: [
      { code: 'V1', text: '存在师德师风问题' },
      { code: 'V2', text: '存在学术不端行为' },
      { code: 'V3', text: '申报材料弄虚作假' },
      { code: 'V4', text: '近3年对重大教学事故或安全责任事故负有责任' },
    ],
    awardLevels: [{ code: 'title', label: '联盟名师', min: 80, requiresVote: false, provisional: true }],
    resultNote: '仅授予称号；总分不低于80分方可推荐，名额由专家委员会确定。',
    hasBonus: true,
    bonusCap: 5,
  },
  {
    title: '名匠 (c)',
    template: masterCraftsmanTemplate,
    id: 'tpl-masterCraftsman',
    name: '名匠评选指标体系（2026版）',
    kind: 'masterCraftsman',
    dimensions: [
      ['工匠精神与引领力', 15],
      ['技术技能水平与实践力', 25],
      ['技术创新与攻关力', 25],
      ['技艺传承力', 25],
      ['社会服务与示范辐射', 10],
    ],
    keyDimensions: [],
    namedIndicators: [
      ['技术技能水平与实践力', '绝技绝活/现场实操', 15, true],
      ['技术创新与攻关力', '攻关与效益', 13, true],
      ['技艺传承力', '带徒传技', 10, false],
    ],
    keyIndicators: ['绝技绝活/现场实操', '攻关与效益'],
    eligibility: [
      { code: 'E1', text: '具有技师及以上职业资格（职业技能等级），或获得中华技能大奖、全国技术能手等行业顶尖荣誉' },
      { code: 'E2', text: '在生产、服务一线从事技术技能工作满5年' },
    ],
    vetoes: [
      { code: 'V1', text: '存在违法行为或违反职业道德' },
      { code: 'V2', text: '近3年对重大安全事故或质量事故负有直接责任' },
      { code: 'V3', text: '申报材料弄虚作假' },
      { code: 'V4', text: '存在侵犯知识产权或剽窃他人成果行为' },
    ],
    awardLevels: [
      { code: 'title', label: '联盟名匠', min: 80, requiresVote: false, provisional: true },
      { code: 'cultivate', label: '联盟名匠（培育）', min: 75, requiresVote: false, provisional: true },
    ],
    hasBonus: true,
    bonusCap: 4,
  },
  {
    title: '教科研成果 (d)',
    template: researchAchievementTemplate,
    id: 'tpl-researchAchievement',
    name: '教科研成果评选指标体系（2026版）',
    kind: 'researchAchievement',
    dimensions: [
      ['针对性与科学性', 15],
      ['创新性', 25],
      ['实践检验与成效', 30],
      ['推广应用与示范辐射', 20],
      ['成果表达与规范', 10],
    ],
    keyDimensions: ['创新性', '实践检验与成效', '推广应用与示范辐射'],
    namedIndicators: [],
    keyIndicators: ['理念与模式创新', '实践成效', '推广应用范围'],
    eligibility: [
      { code: 'E1', text: '成果经过不少于2年的实践检验' },
      { code: 'E2', text: '第一完成单位为联盟成员单位' },
      { code: 'E3', text: '成果此前未在同级别评选中获奖' },
    ],
    vetoes: [
      { code: 'V1', text: '存在学术不端行为（剽窃、篡改、伪造、不当署名、提供虚假信息、代写等）' },
      { code: 'V2', text: '成果完成人或署名存在争议' },
      { code: 'V3', text: '申报材料弄虚作假' },
      { code: 'V4', text: '同一成果重复申报' },
    ],
    awardLevels: [
      { code: 'special', label: '特等奖', min: 92, requiresVote: true, provisional: true, quota: { maxCount: 1 } },
      { code: 'first', label: '一等奖', min: 85, requiresVote: false, provisional: true, quota: { maxShare: 0.1 } },
      { code: 'second', label: '二等奖', min: 75, requiresVote: false, provisional: true, quota: { maxShare: 0.2 } },
    ],
    resultNote: '仅评定奖项等级；特等奖须总分不低于92分且经会评三分之二以上票决通过，不超过1项，可空缺；一等奖不超过参评数10%，二等奖不超过20%。',
    hasBonus: false,
  },
  {
    title: '精品课程 (e)',
    template: excellentCourseTemplate,
    id: 'tpl-excellentCourse',
    name: '精品课程评选指标体系（2026版）',
    kind: 'excellentCourse',
    dimensions: [
      ['授课教师团队', 15],
      ['课程设计', 20],
      ['课程资源建设', 20],
      ['课程实施', 20],
      ['应用效果', 15],
      ['特色创新', 10],
    ],
    keyDimensions: ['课程设计', '课程实施'],
    namedIndicators: [],
    keyIndicators: ['课程目标与内容设计', '教学组织与实施'],
    eligibility: [
      { code: 'E1', text: '列入人才培养方案的课程' },
      { code: 'E2', text: '已完整开设不少于2个学期' },
    ],
    vetoes: [
      { code: 'V1', text: '课程内容存在思想性、科学性错误' },
      { code: 'V2', text: '课程团队成员存在师德师风问题' },
      { code: 'V3', text: '申报材料弄虚作假' },
      { code: 'V4', text: '课程资源存在侵犯知识产权问题' },
      { code: 'V5', text: '课程资源无法正常访问' },
      { code: 'V6', text: '教材选用不符合国家和省级教材管理规定' },
    ],
    awardLevels: [{ code: 'excellent', label: '联盟精品课程', min: 90, requiresVote: false, provisional: true }],
    hasBonus: false,
  },
]

const LEVEL_KEYS = ['A', 'B', 'C', 'D'] as const

describe('award templates (docs/domain/review-kinds.md (b)–(e))', () => {
  it('cover the four award kinds once each, with distinct ids', () => {
    expect(EXPECTED.map((e) => e.template.kind)).toEqual([
      'masterTeacher',
      'masterCraftsman',
      'researchAchievement',
      'excellentCourse',
    ])
    expect(new Set(EXPECTED.map((e) => e.template.id)).size).toBe(4)
  })

  for (const e of EXPECTED) {
    describe(e.title, () => {
      const t = e.template

      it('passes the rubric schema unchanged and the committee validator without problems', () => {
        expect(RubricSchema.parse(t)).toEqual(t)
        expect(validateRubric(t)).toEqual([])
      })

      it('has the id, name, kind, version, total, levels and grade bands', () => {
        expect(t.id).toBe(e.id)
        expect(t.name).toBe(e.name)
        expect(t.kind).toBe(e.kind)
        expect(t.version).toBe(2)
        expect(t.total).toBe(100)
        expect(t.levels).toEqual([
          { level: 'A', label: '优', coefficient: 1 },
          { level: 'B', label: '良', coefficient: 0.8 },
          { level: 'C', label: '中', coefficient: 0.6 },
          { level: 'D', label: '待改进', coefficient: 0.3 },
        ])
        expect(t.gradeBands).toEqual([
          { grade: 'A', label: '优秀', min: 90 },
          { grade: 'B', label: '良好', min: 80 },
          { grade: 'C', label: '合格', min: 60 },
          { grade: 'D', label: '不合格', min: 0 },
        ])
      })

      it('has the 一级指标 of the table with their points', () => {
        expect(t.dimensions.map((d) => [d.name, d.points])).toEqual(e.dimensions)
      })

      it('sums each 一级指标 to its 二级指标 and all 一级指标 to 100', () => {
        let sum = 0
        for (const d of t.dimensions) {
          expect(d.indicators.reduce((s, i) => s + i.points, 0), d.name).toBe(d.points)
          expect(d.indicators.length, d.name).toBeGreaterThanOrEqual(2)
          expect(d.indicators.length, d.name).toBeLessThanOrEqual(4)
          sum += d.points
        }
        expect(sum).toBe(100)
      })

      it('has the 二级指标 the table names, with their points and ★', () => {
        for (const [dimName, indName, points, key] of e.namedIndicators) {
          const dim = t.dimensions.find((d) => d.name === dimName)
          expect(dim, dimName).toBeDefined()
          const ind = dim!.indicators.find((i) => i.name === indName)
          expect(ind, `${dimName} / ${indName}`).toBeDefined()
          expect(ind!.points, indName).toBe(points)
          expect(ind!.key, indName).toBe(key)
        }
      })

      it('marks exactly the expected ★ 二级指标, one in each ★ 一级指标', () => {
        const inds = allIndicators(t)
        expect(inds.filter((i) => i.key).map((i) => i.name)).toEqual(e.keyIndicators)
        for (const d of t.dimensions) {
          const keys = d.indicators.filter((i) => i.key).length
          if (e.keyDimensions.includes(d.name)) expect(keys, d.name).toBe(1)
          else if (e.keyDimensions.length > 0) expect(keys, d.name).toBe(0)
        }
      })

      it('uses unique codes for 一级指标 and 二级指标, numbered within their 一级指标', () => {
        const dimCodes = t.dimensions.map((d) => d.code)
        const indCodes = allIndicators(t).map((i) => i.code as string)
        expect(new Set([...dimCodes, ...indCodes]).size).toBe(dimCodes.length + indCodes.length)
        for (const d of t.dimensions) {
          d.indicators.forEach((i, k) => expect(i.code).toBe(`${d.code}.${k + 1}`))
        }
      })

      it('writes four distinct, graded descriptors and 2–3 observation points for every 二级指标', () => {
        for (const i of allIndicators(t)) {
          expect(i.scale, i.name).toBe('levels')
          for (const l of LEVEL_KEYS) {
            const text = i.descriptors[l] ?? ''
            expect(text.trim(), `${i.code} ${l}`).not.toBe('')
            expect([...text].length, `${i.code} ${l}: ${text}`).toBeGreaterThanOrEqual(25)
            expect([...text].length, `${i.code} ${l}: ${text}`).toBeLessThanOrEqual(70)
          }
          expect(new Set(LEVEL_KEYS.map((l) => i.descriptors[l])).size, i.code).toBe(4)
          expect(i.observationPoints.length, i.code).toBeGreaterThanOrEqual(2)
          expect(i.observationPoints.length, i.code).toBeLessThanOrEqual(3)
          for (const op of i.observationPoints) {
            expect(op.text.trim(), i.code).not.toBe('')
            expect(op.evidence.trim(), `${i.code} ${op.text}`).not.toBe('')
            expect(['qualitative', 'quantitative']).toContain(op.nature)
            expect(typeof op.siteCheck).toBe('boolean')
          }
        }
      })

      it('lists the eligibility conditions and veto items of the kind', () => {
        expect(t.eligibility.length).toBeGreaterThan(0)
        expect(t.vetoes.length).toBeGreaterThan(0)
        expect(t.eligibility).toEqual(e.eligibility)
        expect(t.vetoes).toEqual(e.vetoes)
      })

      it('has the award levels, highest first, and a one-line result note', () => {
        expect(t.awardLevels).toEqual(e.awardLevels)
        const mins = t.awardLevels.map((a) => a.min)
        expect([...mins].sort((a, b) => b - a)).toEqual(mins)
        expect(t.resultNote.trim()).not.toBe('')
        expect(t.resultNote).not.toContain('\n')
        if (e.resultNote) expect(t.resultNote).toBe(e.resultNote)
      })

      it(e.hasBonus ? `has a bonus capped at ${e.bonusCap} with 2–3 items` : 'has no bonus', () => {
        if (!e.hasBonus) {
          expect(t.bonus).toBeUndefined()
          return
        }
        expect(t.bonus).toBeDefined()
        expect(t.bonus!.cap).toBe(e.bonusCap)
        expect(t.bonus!.items.length).toBeGreaterThanOrEqual(2)
        expect(t.bonus!.items.length).toBeLessThanOrEqual(3)
        expect(new Set(t.bonus!.items.map((b) => b.code)).size).toBe(t.bonus!.items.length)
        for (const b of t.bonus!.items) {
          expect(b.points).toBeGreaterThan(0)
          expect(b.points).toBeLessThanOrEqual(t.bonus!.cap)
          expect(b.evidence.trim(), b.name).not.toBe('')
        }
      })
    })
  }
})

describe('template registry', () => {
  it('offers one sound built-in template per review kind', async () => {
    const { TEMPLATES, defaultTemplateFor } = await import('../../../src/core/rubric/templates')
    const { REVIEW_KINDS } = await import('../../../src/core/domain/rubric')
    const { validateRubric } = await import('../../../src/core/rubric/validate')
    for (const kind of REVIEW_KINDS) expect(defaultTemplateFor(kind)?.kind).toBe(kind)
    for (const t of TEMPLATES) expect(validateRubric(t), t.id).toEqual([])
  })
})
