import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema, SubmissionIdSchema } from '../../domain/ids'
import { BallotChoiceSchema, DateOnlySchema, MotionSchema, ObjectionOutcomeSchema, QuotaSchema } from '../../domain/decisions'
import { text, type InputsOf } from '../shared/fields'

/** Why a decision changes after 公示 (required then, optional before: rules.ts lockedWithoutReason). */
const laterReason = text('变更理由').trim().max(500, '理由不能超过 500 个字').optional()
const campaign = { campaignId: CampaignIdSchema }

export const decisionsInputs = {
  'decisions.get': z.object(campaign).strict(),
  'decisions.setQuotas': z
    .object({
      ...campaign,
      quotas: z.record(z.string().min(1).max(32), QuotaSchema),
      /** each changed level's quota when the edit began (decisions.get levels[].quota, {} for none): moved since → STALE_VERSION */
      expectQuotas: z.record(z.string().min(1).max(32), QuotaSchema).optional(),
      reason: laterReason,
    })
    .strict(),
  'decisions.recordVote': z
    .object({
      ...campaign,
      submissionId: SubmissionIdSchema,
      motion: MotionSchema,
      ballots: z.array(z.object({ expertId: ExpertIdSchema, choice: BallotChoiceSchema }).strict()).min(1, '请至少记录一名出席委员的表决').max(100),
      reason: laterReason,
    })
    .strict(),
  'decisions.orderTie': z
    .object({
      ...campaign,
      order: z.array(SubmissionIdSchema).min(2, '并列的申报至少两项').max(100),
      note: text('票决记录').trim().min(1, '请填写票决记录（如各项得票数）').max(500, '票决记录不能超过 500 个字'),
      reason: laterReason,
    })
    .strict(),
  'decisions.setLevel': z
    .object({
      ...campaign,
      submissionId: SubmissionIdSchema,
      levelCode: z.string().min(1).max(32).nullable(),
      reason: text('理由').trim().min(1, '调整奖项等级必须填写理由').max(500, '理由不能超过 500 个字'),
    })
    .strict(),
  'decisions.publish': z.object({ ...campaign, from: DateOnlySchema, to: DateOnlySchema, reason: laterReason }).strict(),
  'decisions.recordObjection': z
    .object({
      ...campaign,
      submissionId: SubmissionIdSchema,
      by: text('异议人').trim().min(1, '请填写异议人（匿名请填“匿名”）').max(80, '异议人不能超过 80 个字'),
      receivedOn: DateOnlySchema,
      content: text('异议内容', { multiline: true }).trim().min(1, '请填写异议内容').max(3000, '异议内容不能超过 3000 个字'),
    })
    .strict(),
  'decisions.answerObjection': z
    .object({
      ...campaign,
      objectionId: z.string().min(1).max(64),
      text: text('答复', { multiline: true }).trim().min(1, '请填写委员会的答复').max(3000, '答复不能超过 3000 个字'),
      outcome: ObjectionOutcomeSchema,
      answeredOn: DateOnlySchema,
    })
    .strict(),
  'decisions.exportDocx': z.object({ ...campaign, document: z.enum(['awardList', 'resultSummary']) }).strict(),
  'decisions.exportXlsx': z.object(campaign).strict(),
} satisfies InputsOf<'decisions'>
