import { z } from 'zod'
import { CampaignIdSchema } from '../../domain/ids'
import { text, type InputsOf } from '../shared/fields'

export const rubricInputs = {
  /** the editor's draft, checked as it is: the schema errors become problems, not a refusal */
  'rubric.validate': z.object({ rubric: z.unknown() }).strict(),
  'rubric.update': z
    .object({
      campaignId: CampaignIdSchema,
      rubric: z.unknown(),
      note: text('修订说明', { multiline: true }).trim().max(500).optional(),
      /** the version the edit started from: once scoring froze the rubric, a save of an older one is refused (STALE_VERSION) */
      baseVersion: z.number().int().positive().optional(),
    })
    .strict(),
  'rubric.export': z
    .object({ campaignId: CampaignIdSchema.optional(), templateId: z.string().max(64).optional(), format: z.enum(['json', 'xlsx']) })
    .strict()
    .refine((v) => !!v.campaignId !== !!v.templateId, '请指定评审活动或模板之一'),
  'rubric.parseFile': z
    .object({ fileName: text('文件名').min(1).max(255), base64: z.string().max(8 * 1024 * 1024, '文件超过 6 MB，不是指标体系文件') })
    .strict(),
} satisfies InputsOf<'rubric'>
