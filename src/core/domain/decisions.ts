import { z } from 'zod'
import { ExpertIdSchema, SubmissionIdSchema } from './ids'

/**
 * The committee's decisions on a campaign (issue 12 "Decisions"), stored in campaign.json under
 * `campaign.decisions`. Every field is optional or defaulted so campaign files written before this
 * existed still load (WORKSPACE_SCHEMA_VERSION unchanged).
 */

const reasonText = z.string().trim().min(1).max(500)
/** A calendar date as the committee writes it: YYYY-MM-DD (no time, no zone). */
export const DateOnlySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')

/** 名额 of one 奖项等级 declared for this campaign: a count and/or a share of all entries. */
export const QuotaSchema = z.object({
  maxCount: z.number().int().min(0).optional(),
  maxShare: z.number().min(0).max(1).optional(),
})
export type Quota = z.infer<typeof QuotaSchema>

export const BALLOT_CHOICES = ['for', 'against', 'abstain'] as const
export const BallotChoiceSchema = z.enum(BALLOT_CHOICES)
export type BallotChoice = z.infer<typeof BallotChoiceSchema>

/**
 * What a vote is about: 'award' — granting a 奖项等级 that requires a vote (特等奖) to an entry;
 * 'veto' — confirming a raised 一票否决 item, which makes the entry 不予评定 when it passes.
 */
export const MotionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('award'), levelCode: z.string().min(1).max(32) }),
  z.object({ kind: z.literal('veto'), vetoCode: z.string().min(1).max(32) }),
])
export type Motion = z.infer<typeof MotionSchema>

/** 票决: one ballot per committee member present (赞成/反对/弃权); absent members cast none. */
export const VoteSchema = z.object({
  id: z.string().min(1).max(64),
  submissionId: SubmissionIdSchema,
  motion: MotionSchema,
  ballots: z.array(z.object({ expertId: ExpertIdSchema, choice: BallotChoiceSchema })).min(1),
  at: z.string(),
  /** required once the list is published for 公示 */
  reason: z.string().max(500).optional(),
})
export type Vote = z.infer<typeof VoteSchema>

/** A remaining tie (same total, same ★ subtotal) put in order by the committee's vote. */
export const TieOrderSchema = z.object({
  /** the tied entries, first place first */
  order: z.array(SubmissionIdSchema).min(2),
  /** the record of the vote, e.g. "会评票决：甲 5 票，乙 2 票" */
  note: reasonText,
  at: z.string(),
  reason: z.string().max(500).optional(),
})
export type TieOrder = z.infer<typeof TieOrderSchema>

/** The committee sets an entry's 奖项等级 other than proposed (null: no award), with its reason. */
export const LevelOverrideSchema = z.object({
  levelCode: z.string().min(1).max(32).nullable(),
  reason: reasonText,
  at: z.string(),
})
export type LevelOverride = z.infer<typeof LevelOverrideSchema>

/** The list published for 公示: the period and the decided list as it was published. */
export const PublicationSchema = z.object({
  version: z.number().int().positive(),
  publishedAt: z.string(),
  from: DateOnlySchema,
  to: DateOnlySchema,
  /** the decided list as published: rank, entry, level */
  entries: z.array(
    z.object({ submissionId: SubmissionIdSchema, rank: z.number().int().positive().nullable(), levelCode: z.string().nullable(), levelLabel: z.string() }),
  ),
  reason: z.string().max(500).optional(),
})
export type Publication = z.infer<typeof PublicationSchema>

export const OBJECTION_OUTCOMES = ['maintained', 'changed', 'dismissed'] as const
export const ObjectionOutcomeSchema = z.enum(OBJECTION_OUTCOMES)
export type ObjectionOutcome = z.infer<typeof ObjectionOutcomeSchema>
export const OBJECTION_OUTCOME_LABELS: Record<ObjectionOutcome, string> = {
  maintained: '维持原结果',
  changed: '调整结果',
  dismissed: '不予受理',
}

/** 异议 raised against an entry during the 公示 period, and the committee's answer. */
export const ObjectionSchema = z.object({
  id: z.string().min(1).max(64),
  submissionId: SubmissionIdSchema,
  /** who raised it (a name or 匿名 as received) */
  by: z.string().trim().min(1).max(80),
  receivedOn: DateOnlySchema,
  content: z.string().trim().min(1).max(3000),
  recordedAt: z.string(),
  answer: z
    .object({ text: z.string().trim().min(1).max(3000), outcome: ObjectionOutcomeSchema, answeredOn: DateOnlySchema, at: z.string() })
    .optional(),
})
export type Objection = z.infer<typeof ObjectionSchema>

export const DecisionsSchema = z.object({
  /** 名额 per 奖项等级 code for this campaign; a level not named here keeps the rubric's quota */
  quotas: z.record(z.string(), QuotaSchema).default({}),
  votes: z.array(VoteSchema).default([]),
  tieOrders: z.array(TieOrderSchema).default([]),
  overrides: z.record(z.string(), LevelOverrideSchema).default({}),
  /** every publication for 公示, the current one last */
  publications: z.array(PublicationSchema).default([]),
  objections: z.array(ObjectionSchema).default([]),
})
export type Decisions = z.infer<typeof DecisionsSchema>

export const EMPTY_DECISIONS: Decisions = { quotas: {}, votes: [], tieOrders: [], overrides: {}, publications: [], objections: [] }
