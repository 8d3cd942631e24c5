import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema } from '../../domain/ids'
import { ReviewKindSchema } from '../../domain/rubric'
import { AggregationRuleSchema, PanelSettingsSchema } from '../../domain/workspace'
import { name, none, reason, type InputsOf } from '../shared/fields'

export const campaignsInputs = {
  'campaigns.list': none,
  'campaigns.get': z.object({ campaignId: CampaignIdSchema }).strict(),
  'campaigns.create': z
    .object({
      name: name('评审活动名称', 80),
      kind: ReviewKindSchema,
      /** where the rubric comes from: a built-in template (default for the kind), an earlier campaign, or scratch */
      source: z
        .discriminatedUnion('type', [
          z.object({ type: z.literal('template'), templateId: z.string().min(1).max(64) }),
          z.object({ type: z.literal('campaign'), campaignId: CampaignIdSchema }),
          z.object({ type: z.literal('blank') }),
        ])
        .optional(),
    })
    .strict(),
  /** ADDS the experts given to the campaign's list (those already in it stay). */
  'campaigns.addExperts': z
    .object({ campaignId: CampaignIdSchema, expertIds: z.array(ExpertIdSchema).min(1, '请至少选择一位专家').max(500) })
    .strict(),
  /** PATCH: changes only the settings given (panel: only its keys given); an omitted one keeps its value. */
  'campaigns.updateSettings': z
    .object({
      campaignId: CampaignIdSchema,
      name: name('评审活动名称', 80).optional(),
      blind: z.boolean().optional(),
      aggregationRule: AggregationRuleSchema.optional(),
      panel: PanelSettingsSchema.partial()
        .refine((p) => p.size === undefined || p.size % 2 === 1, '专家组人数应为奇数')
        .optional(),
    })
    .strict(),
  'campaigns.archive': z.object({ campaignId: CampaignIdSchema, reason: reason('归档评审活动') }).strict(),
  'campaigns.restore': z.object({ campaignId: CampaignIdSchema }).strict(),
} satisfies InputsOf<'campaigns'>
