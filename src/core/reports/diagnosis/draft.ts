import type { Campaign, ScoreSheet } from '../../domain/workspace'
import { adviceFor, type AdviceLibrary, type AdvicePart } from './adviceLibrary'
import { DIAGNOSIS_PARTS, type DiagnosisFile, type DiagnosisPart, type IssueRow, type PartText } from './diagnosisFile'
import type { ProgramProfile } from './profile'

/**
 * Drafts of the consultant's report (issue 13): per 一级指标 the five parts, from the profile (达成情况),
 * the 建议库 by 二级指标 and panel level, and the experts' own 问题/建议 notes. A draft is never printed
 * as it is: the consultant edits and accepts each part (diagnosisFile.ts).
 */
export type DimensionDrafts = Record<string, Record<DiagnosisPart, string>>

const pctText = (p: number | null) => (p === null ? '—' : `${p}%`)

export function draftParts(a: {
  campaign: Pick<Campaign, 'rubric'>
  profile: ProgramProfile
  sheets: readonly ScoreSheet[]
  library: AdviceLibrary
  /** alliance average achievement per 一级指标 code */
  average: Readonly<Record<string, number | null>>
}): DimensionDrafts {
  const out: DimensionDrafts = {}
  for (const d of a.profile.dimensions) {
    const inds = a.profile.indicators.filter((i) => i.dimensionCode === d.code)
    const lib = (part: AdvicePart) => inds.flatMap((i) => (i.level ? adviceFor(a.library, i.code, i.name, i.level, part) : []))
    const notes = (field: 'problems' | 'advice') =>
      a.sheets.map((s) => s.dimensionNotes?.[d.code]?.[field]?.trim() ?? '').filter(Boolean).map((t) => `专家意见：${t}`)
    const achievement =
      d.points === null
        ? '本项尚无已提交的评分。'
        : `本项得分 ${d.points.toFixed(2)} 分（满分 ${d.max} 分），达成度 ${pctText(d.pct)}，联盟同类专业平均达成度 ${pctText(a.average[d.code] ?? null)}。` +
          `二级指标：${inds.map((i) => `${i.code} ${i.name} ${i.level ?? '未评'}级`).join('，')}。`
    out[d.code] = {
      achievement,
      strengths: lib('strengths').join('\n'),
      problems: [...lib('problems'), ...notes('problems')].join('\n'),
      causes: lib('causes').join('\n'),
      advice: [...lib('advice'), ...notes('advice')].join('\n'),
    }
  }
  return out
}

/** 问题清单 drafted from the profile: a 二级指标 at D must be corrected (必须整改), one at C should improve (建议改进). */
export function draftIssues(profile: ProgramProfile, newId: (i: number) => string): IssueRow[] {
  return profile.indicators
    .filter((i) => i.level === 'C' || i.level === 'D')
    .map((i, k) => ({
      id: newId(k),
      kind: i.level === 'D' ? ('mustFix' as const) : ('suggest' as const),
      dimensionCode: i.dimensionCode,
      text: `${i.code} ${i.name}：达成度 ${pctText(i.pct)}，评定 ${i.level} 级`,
      owner: '',
      deadline: '',
    }))
}

/** 特色与亮点, 改进路径建议 and 结论: the drafts of the report's closing parts. */
export function draftClosing(a: { profile: ProgramProfile; sheets: readonly ScoreSheet[]; gradeText: string; issues: readonly IssueRow[] }): {
  highlights: string
  path: string
  conclusion: string
} {
  const must = a.issues.filter((i) => i.kind === 'mustFix').length
  const suggest = a.issues.length - must
  const weakest = [...a.profile.dimensions].filter((d) => d.pct !== null).sort((x, y) => x.pct! - y.pct!).slice(0, 2).map((d) => d.name)
  return {
    highlights: a.sheets.map((s) => s.highlights.trim()).filter(Boolean).join('\n'),
    path: [
      `近期（一年内）：完成 ${must} 项必须整改事项，建立整改台账，明确责任人和完成时限。`,
      `中期（二至三年）：围绕${weakest.length ? weakest.join('、') : '薄弱环节'}持续投入，完成 ${suggest} 项建议改进事项。`,
      '长期：对标联盟最佳院校，形成可推广的专业建设经验。',
    ].join('\n'),
    conclusion:
      a.profile.total === null
        ? '本次诊断尚无已提交的评分。'
        : `经诊断，该专业总分 ${a.profile.total.toFixed(2)} 分，诊断等次为${a.gradeText}。建议学校按问题清单逐项整改，联盟将适时组织复诊。`,
  }
}

/**
 * The parts as the consultant works on them: what is saved, and for a part never saved its draft,
 * not accepted. The report prints the accepted ones only.
 */
export function workingParts(file: DiagnosisFile, drafts: DimensionDrafts): Record<string, Record<DiagnosisPart, PartText & { draft: string }>> {
  const out: Record<string, Record<DiagnosisPart, PartText & { draft: string }>> = {}
  for (const [code, parts] of Object.entries(drafts)) {
    out[code] = Object.fromEntries(
      DIAGNOSIS_PARTS.map((p) => {
        const saved = file.parts[code]?.[p]
        return [p, { text: saved?.text ?? parts[p], accepted: saved?.accepted ?? false, draft: parts[p] }]
      }),
    ) as Record<DiagnosisPart, PartText & { draft: string }>
  }
  return out
}
