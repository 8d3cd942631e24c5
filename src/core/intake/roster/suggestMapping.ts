import type { ReviewKind } from '../../domain/rubric'
import { subjectKindFor, type SubjectKind } from '../../domain/subject'
import type { RosterMapping } from './mapRoster'
import { rosterFieldsFor, type RosterField } from './rosterFields'

/** Header text without spaces, required-field marks and notes: "*学校名称（全称）" → "学校名称". */
function bare(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*:：]/g, '')
}

/** Exact names first, then words a header may contain, then words that rule a header out. */
type Rule = { exact: string[]; contains: string[]; not: string[] }
const RULES: Record<Exclude<RosterField, 'name'>, Rule> = {
  school: {
    exact: ['申报单位', '学校名称', '单位', '学校', '单位名称', '申报学校', '院校名称', '院校'],
    contains: ['学校', '单位', '院校'],
    not: ['联系人', '负责人', '申报人', '性质', '类型', '地址'],
  },
  program: { exact: ['专业', '专业名称', '申报专业'], contains: ['专业'], not: ['协作组', '代码', '人数', '方向'] },
  group: { exact: ['协作组', '专业建设协作组', '所属协作组', '协作组名称'], contains: ['协作组'], not: [] },
  applicant: { exact: ['申报人', '联系人', '负责人', '项目负责人', '专业负责人', '课程负责人'], contains: ['申报人', '负责人', '联系人'], not: ['电话', '手机', '邮箱', '方式'] },
  gender: { exact: ['性别'], contains: ['性别'], not: [] },
  birthYear: { exact: ['出生年份', '出生年月', '出生年', '出生日期'], contains: ['出生'], not: [] },
  title: { exact: ['职称', '专业技术职称', '职称/职业技能等级'], contains: ['职称'], not: [] },
  post: { exact: ['职务', '行政职务', '现任职务'], contains: ['职务'], not: [] },
  years: { exact: ['教龄', '从教年限', '一线工作年限', '工作年限', '从业年限'], contains: ['教龄', '年限'], not: [] },
  contact: { exact: ['联系方式', '联系电话', '手机', '手机号码', '电话'], contains: ['电话', '手机', '联系方式'], not: [] },
  hours: { exact: ['学时', '总学时', '课时'], contains: ['学时', '课时'], not: [] },
  team: { exact: ['团队成员', '教学团队', '课程团队', '主讲教师'], contains: ['团队'], not: [] },
  authors: { exact: ['完成人', '成果完成人', '主要完成人'], contains: ['完成人'], not: [] },
  units: { exact: ['完成单位', '成果完成单位', '主要完成单位'], contains: ['完成单位'], not: [] },
}

/** The field naming the thing itself: the person's, the course's or the achievement's name. */
const NAME_RULES: Record<SubjectKind, Rule | undefined> = {
  program: undefined,
  person: { exact: ['姓名', '申报人姓名', '候选人', '候选人姓名'], contains: ['姓名'], not: [] },
  course: { exact: ['课程名称', '课程', '课程名'], contains: ['课程名'], not: [] },
  achievement: { exact: ['成果名称', '成果', '成果名'], contains: ['成果名'], not: [] },
}

/**
 * Guesses which header holds which field from the usual Chinese headers of a 申报汇总表
 * (申报单位/学校名称/单位 → school; 专业/专业名称/申报专业 → program; 协作组/专业建设协作组 → group;
 * 申报人/联系人/负责人 → applicant; per review kind also 姓名/性别/出生年份/职称/职务/教龄, 课程名称/学时/
 * 团队成员, 成果名称/完成人/完成单位). Only the kind's fields are guessed (rosterFields.ts). Exact matches win over "contains" matches; a header is used for
 * one field at most; "专业建设协作组" is never taken as the program. Fields with no guess are absent.
 */
export function suggestMapping(headers: readonly string[], kind: ReviewKind = 'diagnostic'): Partial<RosterMapping> {
  const out: Partial<RosterMapping> = {}
  const used = new Set<string>()
  const fields = rosterFieldsFor(kind).map((d) => d.field)
  const ruleOf = (f: RosterField) => (f === 'name' ? NAME_RULES[subjectKindFor(kind)] : RULES[f])
  for (const pass of ['exact', 'contains'] as const) {
    for (const field of fields) {
      if (out[field] !== undefined) continue
      const rule = ruleOf(field)
      if (!rule) continue
      const hit = headers.find((h) => {
        if (used.has(h)) return false
        const b = bare(h)
        if (pass === 'exact') return rule.exact.includes(b)
        return rule.contains.some((w) => b.includes(w)) && !rule.not.some((w) => b.includes(w))
      })
      if (hit !== undefined) {
        out[field] = hit
        used.add(hit)
      }
    }
  }
  return out
}
