import { z } from 'zod'
import { CampaignIdSchema } from '../../domain/ids'
import { fileSource, type InputsOf } from '../shared/fields'

const rosterMapping = z
  .object({ school: z.string().max(200), program: z.string().max(200), group: z.string().max(200), applicant: z.string().max(200) })
  .partial()
  .strict()

/** the spreadsheet row (1-based) holding the headers, when the user picked one */
const headerRow = z.number().int().min(1).max(1_048_576)

export const rosterInputs = {
  'roster.preview': z.object({ campaignId: CampaignIdSchema, source: fileSource, mapping: rosterMapping.optional(), headerRow: headerRow.optional() }).strict(),
  'roster.import': z
    .object({ campaignId: CampaignIdSchema, source: fileSource, mapping: rosterMapping.optional(), headerRow: headerRow.optional(), mode: z.enum(['all', 'validOnly']) })
    .strict(),
} satisfies InputsOf<'roster'>
