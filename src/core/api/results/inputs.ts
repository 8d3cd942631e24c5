import { z } from 'zod'
import { CampaignIdSchema } from '../../domain/ids'
import type { InputsOf } from '../shared/fields'

export const resultsInputs = {
  'results.summary': z.object({ campaignId: CampaignIdSchema }).strict(),
} satisfies InputsOf<'results'>
