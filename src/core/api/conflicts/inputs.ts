import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema, SubmissionIdSchema } from '../../domain/ids'
import { text, type InputsOf } from '../shared/fields'

export const conflictsInputs = {
  'conflicts.list': z.object({ campaignId: CampaignIdSchema }).strict(),
  'conflicts.decide': z
    .object({
      campaignId: CampaignIdSchema,
      expertId: ExpertIdSchema,
      submissionId: SubmissionIdSchema,
      decision: z.enum(['conflict', 'noConflict']),
      reason: text('认定理由', { multiline: true }).trim().min(1, '请填写认定理由').max(500),
    })
    .strict(),
} satisfies InputsOf<'conflicts'>
