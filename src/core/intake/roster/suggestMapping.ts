import type { RosterField, RosterMapping } from './mapRoster'

/** Header text without spaces, required-field marks and notes: "*学校名称（全称）" → "学校名称". */
function bare(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*:：]/g, '')
}

/** Exact names first, then words a header may contain, then words that rule a header out. */
const RULES: Record<RosterField, { exact: string[]; contains: string[]; not: string[] }> = {
  school: {
    exact: ['申报单位', '学校名称', '单位', '学校', '单位名称', '申报学校', '院校名称', '院校'],
    contains: ['学校', '单位', '院校'],
    not: ['联系人', '负责人', '申报人', '性质', '类型', '地址'],
  },
  program: { exact: ['专业', '专业名称', '申报专业'], contains: ['专业'], not: ['协作组', '代码', '人数', '方向'] },
  group: { exact: ['协作组', '专业建设协作组', '所属协作组', '协作组名称'], contains: ['协作组'], not: [] },
  applicant: { exact: ['申报人', '联系人', '负责人', '项目负责人', '专业负责人'], contains: ['申报人', '负责人', '联系人'], not: ['电话', '手机', '邮箱', '方式'] },
}

/**
 * Guesses which header holds which field from the usual Chinese headers of a 申报汇总表
 * (申报单位/学校名称/单位 → school; 专业/专业名称/申报专业 → program; 协作组/专业建设协作组 → group;
 * 申报人/联系人/负责人 → applicant). Exact matches win over "contains" matches; a header is used for
 * one field at most; "专业建设协作组" is never taken as the program. Fields with no guess are absent.
 */
export function suggestMapping(headers: readonly string[]): Partial<RosterMapping> {
  const out: Partial<RosterMapping> = {}
  const used = new Set<string>()
  const fields = Object.keys(RULES) as RosterField[]
  for (const pass of ['exact', 'contains'] as const) {
    for (const field of fields) {
      if (out[field] !== undefined) continue
      const rule = RULES[field]
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
