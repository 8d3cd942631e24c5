import { z } from 'zod'
import { IndicatorCodeSchema } from './ids'

export const REVIEW_KINDS = [
  'diagnostic',
  'masterTeacher',
  'masterCraftsman',
  'researchAchievement',
  'excellentCourse',
] as const
export const ReviewKindSchema = z.enum(REVIEW_KINDS)
export type ReviewKind = z.infer<typeof ReviewKindSchema>

export const LEVELS = ['A', 'B', 'C', 'D'] as const
export const LevelSchema = z.enum(LEVELS)
export type Level = z.infer<typeof LevelSchema>

export const GRADES = ['A', 'B', 'C', 'D'] as const
export const GradeSchema = z.enum(GRADES)
export type Grade = z.infer<typeof GradeSchema>

export const LevelDefSchema = z.object({
  level: LevelSchema,
  label: z.string().min(1, '等级名称不能为空'),
  coefficient: z.number('系数应为数字').min(0, '系数不能小于 0').max(1, '系数不能大于 1'),
})
export type LevelDef = z.infer<typeof LevelDefSchema>

export const ObservationPointSchema = z.object({
  text: z.string().min(1, '观测点内容不能为空'),
  nature: z.enum(['qualitative', 'quantitative']),
  evidence: z.string().default(''),
  siteCheck: z.boolean().default(false),
})
export type ObservationPoint = z.infer<typeof ObservationPointSchema>

/** How an indicator is scored: by level (points × coefficient) or by free points in [0, points]. */
export const ScaleSchema = z.enum(['levels', 'points'])
export type Scale = z.infer<typeof ScaleSchema>

export const IndicatorSchema = z.object({
  code: IndicatorCodeSchema,
  name: z.string().min(1, '名称不能为空'),
  points: z.number('分值应为数字').positive('分值应大于 0'),
  key: z.boolean().default(false),
  scale: ScaleSchema.default('levels'),
  /** descriptor per level, written for this indicator */
  descriptors: z.record(LevelSchema, z.string()),
  observationPoints: z.array(ObservationPointSchema).default([]),
})
export type Indicator = z.infer<typeof IndicatorSchema>

export const DimensionSchema = z.object({
  code: z.string().min(1, '编号不能为空').max(32, '编号不能超过 32 个字符'),
  name: z.string().min(1, '名称不能为空'),
  points: z.number('分值应为数字').positive('分值应大于 0'),
  indicators: z.array(IndicatorSchema).min(1, '至少需要一个二级指标'),
})
export type Dimension = z.infer<typeof DimensionSchema>

export const GradeBandSchema = z.object({
  grade: GradeSchema,
  label: z.string().min(1, '等次名称不能为空'),
  /** inclusive lower bound of the total */
  min: z.number('下限应为数字'),
  /** a default of the template, not an official number: the editor marks it 确认后使用 */
  provisional: z.boolean().optional(),
})
export type GradeBand = z.infer<typeof GradeBandSchema>

/** A pass/fail condition checked before anything is scored (资格条件). */
export const EligibilityItemSchema = z.object({ code: z.string().min(1).max(32), text: z.string().min(1) })
export type EligibilityItem = z.infer<typeof EligibilityItemSchema>

/** 一票否决: confirmed by ≥ 2/3 of the panel, the result is 不予评定. */
export const VetoItemSchema = z.object({ code: z.string().min(1).max(32), text: z.string() })
export type VetoItem = z.infer<typeof VetoItemSchema>

/** 加分项: free points per item, the sum capped at `cap`. */
export const BonusSchema = z.object({
  cap: z.number().min(0),
  items: z.array(z.object({ code: z.string().min(1).max(32), name: z.string().min(1), points: z.number().positive(), evidence: z.string().default('') })),
})
export type Bonus = z.infer<typeof BonusSchema>

/** 奖项等级 of award kinds, highest first (e.g. 特等奖 ≥ 92 with a vote). */
export const AwardLevelSchema = z.object({
  code: z.string().min(1).max(32),
  label: z.string().min(1),
  min: z.number(),
  requiresVote: z.boolean().default(false),
  /** a default of the template, not an official number: the editor marks it 确认后使用 */
  provisional: z.boolean().optional(),
  /** 名额: at most this many, and/or at most this share of all entries (0.1 = 10 %) */
  quota: z
    .object({
      maxCount: z.number().int().min(0).optional(),
      maxShare: z.number().min(0).max(1).optional(),
    })
    .optional(),
})
export type AwardLevel = z.infer<typeof AwardLevelSchema>

export const RubricSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: ReviewKindSchema,
  version: z.number().int().positive(),
  total: z.number().positive(),
  levels: z.array(LevelDefSchema).length(4),
  gradeBands: z.array(GradeBandSchema).min(1),
  dimensions: z.array(DimensionSchema).min(1),
  /** red lines / veto items: any confirmed one makes the result 不予评定 */
  vetoes: z.array(VetoItemSchema).default([]),
  eligibility: z.array(EligibilityItemSchema).default([]),
  bonus: BonusSchema.optional(),
  /**
   * docs/domain/review-kinds.md: 加分项 never lift a candidate over a threshold (等次, 奖项) unless the rubric says
   * they may. Absent or false: thresholds are checked against the total without the bonus.
   */
  bonusCountsTowardsThreshold: z.boolean().optional(),
  /**
   * What a result is (scoring/outcome.ts): 'profile' — a diagnosis, never ranked, a red line gives
   * 需专项整改; 'grade' — 等次 (优秀/良好/合格/不合格); 'award' — 奖项/称号 only, no grade words.
   * Absent: the review kind's default.
   */
  outcome: z.enum(['profile', 'grade', 'award']).optional(),
  awardLevels: z.array(AwardLevelSchema).default([]),
  /** a one-line note on how results are used, e.g. "仅授予称号，最低 80 分" */
  resultNote: z.string().default(''),
})
export type Rubric = z.infer<typeof RubricSchema>

export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  diagnostic: '专业建设诊断',
  masterTeacher: '名师评选',
  masterCraftsman: '名匠评选',
  researchAchievement: '教科研成果评选',
  excellentCourse: '精品课程评选',
}
