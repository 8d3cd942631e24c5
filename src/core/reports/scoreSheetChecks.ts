import type { Rubric } from '../domain/rubric'
import type { ScoreSheet } from '../domain/workspace'
import { outcomeKind } from '../scoring/outcome'

/**
 * What the 专家评分表 prints beside the indicator scores (issue 13): the expert's eligibility answers,
 * the vetoes (red lines of a diagnosis) the expert raised with their evidence, and the 加分项 claimed
 * with the evidence the rubric asks for. Plain data, already worded.
 */
export interface ScoreSheetChecksModel {
  eligibility: Array<{ text: string; answer: string }>
  /** "一票否决事项", or "红线事项" for a diagnosis (a red line never makes it 不予评定) */
  vetoHeading: string
  /** every veto item of the rubric, raised or not, so a reader sees what was checked */
  vetoes: Array<{ text: string; raised: boolean; evidence: string }>
  /** 加分项 with points given, and the rubric's evidence basis */
  bonus: Array<{ name: string; points: number; max: number; evidence: string }>
}

export const CHECK_ANSWERS = { pass: '符合', fail: '不符合', none: '未作答' } as const

export function buildScoreSheetChecks(
  rubric: Pick<Rubric, 'kind' | 'outcome' | 'eligibility' | 'vetoes' | 'bonus'>,
  sheet: Pick<ScoreSheet, 'eligibility' | 'vetoFlags' | 'bonus'>,
): ScoreSheetChecksModel {
  return {
    eligibility: rubric.eligibility.map((e) => ({ text: e.text, answer: CHECK_ANSWERS[sheet.eligibility[e.code] ?? 'none'] })),
    vetoHeading: outcomeKind(rubric) === 'profile' ? '红线事项' : '一票否决事项',
    vetoes: rubric.vetoes.map((v) => {
      const flag = sheet.vetoFlags[v.code]
      return { text: v.text, raised: flag !== undefined, evidence: flag?.evidence ?? '' }
    }),
    bonus: (rubric.bonus?.items ?? []).map((b) => ({
      name: b.name,
      points: Math.min(Math.max(sheet.bonus[b.code] ?? 0, 0), b.points),
      max: b.points,
      evidence: b.evidence,
    })),
  }
}

/** Whether the sheet has anything to print in these sections. */
export function hasChecks(c: ScoreSheetChecksModel): boolean {
  return c.eligibility.length > 0 || c.vetoes.length > 0 || c.bonus.some((b) => b.evidence)
}
