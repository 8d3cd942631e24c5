import type { ReviewKind, Rubric } from '../domain/rubric'

/**
 * What a result is, one rule for the API, the screens and the documents (docs/domain/review-kinds.md, issue 10):
 * - 'profile': 专业建设诊断 — a profile per 一级指标 with a grade; never ranked, never an award;
 *   a confirmed red line gives D / 需专项整改 with its reason, the rest of the profile stands;
 * - 'grade': 等次 from the total (精品课程: 优秀 is recommended as 联盟精品课程);
 * - 'award': 奖项等级 or 称号 only (名师, 名匠, 教科研成果) — no grade words beside the award.
 */
export type OutcomeKind = 'profile' | 'grade' | 'award'

const DEFAULT_OUTCOME: Record<ReviewKind, OutcomeKind> = {
  diagnostic: 'profile',
  masterTeacher: 'award',
  masterCraftsman: 'award',
  researchAchievement: 'award',
  excellentCourse: 'grade',
}

export function outcomeKind(rubric: Pick<Rubric, 'kind' | 'outcome'>): OutcomeKind {
  return rubric.outcome ?? DEFAULT_OUTCOME[rubric.kind]
}

/** Whether results are ranked (a diagnosis is not a contest: 不作评比排名). */
export function isRanked(rubric: Pick<Rubric, 'kind' | 'outcome'>): boolean {
  return outcomeKind(rubric) !== 'profile'
}

/**
 * The score thresholds (等次, 奖项, 称号) are checked against: the total without 加分项, unless the
 * rubric says the bonus counts (bonusCountsTowardsThreshold). So 75 + 5 stays below 80 by default.
 */
export function thresholdScore(rubric: Pick<Rubric, 'bonusCountsTowardsThreshold'>, r: { total: number; base: number }): number {
  return rubric.bonusCountsTowardsThreshold ? r.total : r.base
}

/** The word a diagnosis shows for a confirmed red line. */
export const RED_LINE_LABEL = '需专项整改'

/** 未达到 any award line. */
export const NO_AWARD_LABEL = '未达到奖项分数线'

/**
 * The result line of one result, in the words of its outcome kind (never grade and award words
 * together): award kinds name the 奖项等级 the threshold total reaches (with "（需票决）" where a
 * vote decides), the others the grade.
 */
export function outcomeText(
  rubric: Pick<Rubric, 'kind' | 'outcome' | 'awardLevels'>,
  r: { thresholdTotal: number; grade: string; gradeLabel: string },
): { heading: string; text: string } {
  if (outcomeKind(rubric) === 'award') {
    const award = [...rubric.awardLevels].sort((a, b) => b.min - a.min).find((l) => r.thresholdTotal >= l.min)
    return { heading: '奖项等级（参考）', text: award ? `${award.label}${award.requiresVote ? '（需票决）' : ''}` : NO_AWARD_LABEL }
  }
  return { heading: '评定等次', text: `${r.grade} ${r.gradeLabel}` }
}
