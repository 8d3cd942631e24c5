import { z } from 'zod'
import { CampaignIdSchema } from '../../domain/ids'
import { ROSTER_FIELDS, type RosterField } from '../../intake/roster/rosterFields'
import { fileSource, type InputsOf } from '../shared/fields'

/** field → column header, over the fields of every review kind (intake/roster/rosterFields.ts) */
const rosterMapping = z
  .object(Object.fromEntries(ROSTER_FIELDS.map((f) => [f, z.string().max(200)])) as Record<RosterField, z.ZodString>)
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
