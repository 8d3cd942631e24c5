import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema, SubmissionIdSchema } from '../../domain/ids'
import type { InputsOf } from '../shared/fields'

export const conflictsInputs = {
  'conflicts.list': z.object({ campaignId: CampaignIdSchema }).strict(),
  'conflicts.decide': z
    .object({
      campaignId: CampaignIdSchema,
      expertId: ExpertIdSchema,
      submissionId: SubmissionIdSchema,
      decision: z.enum(['conflict', 'noConflict']),
      reason: z.string().trim().min(1, '请填写认定理由').max(500),
    })
    .strict(),
} satisfies InputsOf<'conflicts'>
