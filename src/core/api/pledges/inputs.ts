import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema, SubmissionIdSchema } from '../../domain/ids'
import type { InputsOf } from '../shared/fields'

export const pledgesInputs = {
  'pledges.accept': z
    .object({
      campaignId: CampaignIdSchema,
      expertId: ExpertIdSchema,
      declaration: z.string().trim().min(1, '请填写回避声明（无回避情形请填“无”）').max(2000),
      /** 申请回避 per assigned submission, each with its reason (issue 9 item 7) */
      conflicts: z
        .array(z.object({ submissionId: SubmissionIdSchema, reason: z.string().trim().min(1, '申请回避须写明理由').max(500) }).strict())
        .max(1000)
        .default([]),
    })
    .strict(),
} satisfies InputsOf<'pledges'>
