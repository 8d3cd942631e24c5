import { z } from 'zod'
import { CampaignIdSchema, SubmissionIdSchema } from '../../domain/ids'
import { fileSource, reason, type InputsOf } from '../shared/fields'

export const materialsInputs = {
  'materials.import': z
    .object({
      campaignId: CampaignIdSchema,
      source: fileSource,
      /** all files to this submission; otherwise matched by `rule` */
      submissionId: SubmissionIdSchema.optional(),
      rule: z.enum(['submissionId', 'schoolProgram']).optional(),
    })
    .strict(),
  'materials.list': z
    .object({
      campaignId: CampaignIdSchema,
      submissionId: SubmissionIdSchema,
      /** the list as an expert sees it: in a blind campaign, names that could identify the school are withheld */
      forExpert: z.boolean().optional(),
    })
    .strict(),
  'materials.preview': z.object({ campaignId: CampaignIdSchema, submissionId: SubmissionIdSchema, sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  'materials.remove': z
    .object({
      campaignId: CampaignIdSchema,
      submissionId: SubmissionIdSchema,
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      /** a material is a name: two names may share one blob */
      name: z.string().min(1).max(300),
      reason: reason('删除材料'),
    })
    .strict(),
} satisfies InputsOf<'materials'>
