import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema } from '../../domain/ids'
import type { InputsOf } from '../shared/fields'

export const pledgesInputs = {
  'pledges.accept': z
    .object({ campaignId: CampaignIdSchema, expertId: ExpertIdSchema, declaration: z.string().trim().min(1, '请填写回避声明（无回避情形请填“无”）').max(2000) })
    .strict(),
} satisfies InputsOf<'pledges'>
