import { z } from 'zod'
import { ExpertIdSchema, SubmissionIdSchema } from './ids'
import { LevelSchema } from './rubric'

/** an indicator's score as a revision records it (the shape of workspace.ts EntrySchema) */
const EntrySchema = z.object({ level: LevelSchema.optional(), points: z.number().min(0).optional() })

/** docs/domain/review-kinds.md: an expert whose total deviates more than this from the panel's result is flagged (复议). */
export const DEVIATION_FLAG_POINTS = 15

/** Flag thresholds of a calibration session (by default the same 15 points from the trimmed mean as in results). */
export const CalibrationThresholdsSchema = z.object({
  /** an expert's total more than this many points from the anchor's trimmed mean */
  deviation: z.number().min(0).max(1000).default(DEVIATION_FLAG_POINTS),
  /** max − min of an anchor's totals over this many points */
  range: z.number().min(0).max(1000).default(20),
  /** how many of the most-disagreed indicators to flag */
  topIndicators: z.number().int().min(0).max(50).default(3),
})
export type CalibrationThresholds = z.infer<typeof CalibrationThresholdsSchema>

/**
 * Statistics of the anchors at one moment (the session's "before" at the reveal, "after" computed
 * live): plain numbers for the dashboard and the minutes.
 */
export const CalibrationSnapshotSchema = z.object({
  at: z.string(),
  /** per anchor: totals per expert and the spread */
  anchors: z.array(
    z.object({
      submissionId: z.string(),
      totals: z.record(z.string(), z.number()),
      trimmedMean: z.number().nullable(),
      sd: z.number().nullable(),
      range: z.number().nullable(),
    }),
  ),
  /** agreement on the anchors' totals; null with no computable value */
  icc: z.object({ ICC2: z.number().nullable(), ICC2k: z.number().nullable(), ICC3: z.number().nullable() }).nullable(),
  kendallW: z.number().nullable(),
  alphaInterval: z.number().nullable(),
  /** mean of the anchors' max − min */
  meanRange: z.number().nullable(),
  /** per expert: severity and its 95 % interval (null: too few anchors) */
  experts: z.array(z.object({ expertId: z.string(), mean: z.number().nullable(), lower: z.number().nullable(), upper: z.number().nullable() })),
  /** per indicator: mean over the anchors of the points' SD divided by the indicator's points (0 = full agreement) */
  indicators: z.array(z.object({ code: z.string(), disagreement: z.number().nullable() })),
  /** the reasons why statistics are null, keyed like agreementReport's */
  reasons: z.record(z.string(), z.string()).default({}),
})
export type CalibrationSnapshot = z.infer<typeof CalibrationSnapshotSchema>

/** A revision of a submitted sheet (复议): its reason, who, and what changed. */
export const SheetRevisionSchema = z.object({
  at: z.string(),
  expertId: ExpertIdSchema,
  submissionId: SubmissionIdSchema,
  reason: z.string().trim().min(1).max(2000),
  /** 第 N 版 revised, and the 第 N+1 版 it became (submitted versions, issue 11) */
  fromVersion: z.number().int(),
  toVersion: z.number().int(),
  beforeTotal: z.number(),
  afterTotal: z.number(),
  changes: z.array(z.object({ code: z.string(), before: EntrySchema.nullable(), after: EntrySchema.nullable() })),
})
export type SheetRevision = z.infer<typeof SheetRevisionSchema>

export const CalibrationDecisionSchema = z.object({
  at: z.string(),
  text: z.string().trim().min(1).max(2000),
  /** indicators the decision concerns */
  indicators: z.array(z.string()).default([]),
})
export type CalibrationDecision = z.infer<typeof CalibrationDecisionSchema>

/** 校准会: anchors (样卷) every expert scores blind, then revealed, discussed and revised. */
export const CalibrationSessionSchema = z.object({
  title: z.string().trim().min(1).max(80),
  /** when the chair opened it (anchors picked and assigned) */
  openedAt: z.string(),
  /** 主持人 */
  chair: z.string().trim().min(1).max(40),
  /** experts taking part: every one scores every anchor */
  participants: z.array(ExpertIdSchema),
  anchors: z.array(SubmissionIdSchema).min(1),
  thresholds: CalibrationThresholdsSchema,
  /** set by the chair's reveal; before it nobody sees the others' anchor scores */
  revealedAt: z.string().optional(),
  /** statistics at the reveal, for "before/after" */
  before: CalibrationSnapshotSchema.optional(),
  /** indicators the committee discussed */
  discussed: z.array(z.string()).default([]),
  revisions: z.array(SheetRevisionSchema).default([]),
  decisions: z.array(CalibrationDecisionSchema).default([]),
  closedAt: z.string().optional(),
  /** statistics when closed */
  after: CalibrationSnapshotSchema.optional(),
})
export type CalibrationSession = z.infer<typeof CalibrationSessionSchema>
