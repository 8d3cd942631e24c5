import { z } from 'zod'
import { CampaignIdSchema } from '../../domain/ids'
import type { InputsOf } from '../shared/fields'

export const auditInputs = {
  'audit.list': z.object({ campaignId: CampaignIdSchema }).strict(),
} satisfies InputsOf<'audit'>
