import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema, SubmissionIdSchema } from '../../domain/ids'
import type { InputsOf } from '../shared/fields'

export const assignmentsInputs = {
  'assignments.get': z.object({ campaignId: CampaignIdSchema }).strict(),
  'assignments.previewDraw': z
    .object({
      campaignId: CampaignIdSchema,
      /** as for autoAssign; when omitted the preview picks one and returns it */
      seed: z.string().trim().min(1).max(64).optional(),
      keepExisting: z.boolean().optional(),
    })
    .strict(),
  'assignments.autoAssign': z
    .object({
      campaignId: CampaignIdSchema,
      /** the draw's seed; a fresh random one when omitted. The same seed reproduces the draw. */
      seed: z.string().trim().min(1).max(64).optional(),
      keepExisting: z.boolean().optional(),
      /** when some submissions cannot get a panel: draw the others and leave those (listed in the audit) */
      partial: z.boolean().optional(),
    })
    .strict(),
  'assignments.change': z
    .object({
      campaignId: CampaignIdSchema,
      submissionId: SubmissionIdSchema,
      add: ExpertIdSchema.optional(),
      remove: ExpertIdSchema.optional(),
      /** make this member the panel's 组长 */
      chairId: ExpertIdSchema.optional(),
      reason: z.string().trim().min(1, '手动调整分配必须填写理由').max(500),
    })
    .strict()
    .refine((v) => !!v.add || !!v.remove || !!v.chairId, '请指定要加入、移出或设为组长的专家'),
} satisfies InputsOf<'assignments'>
