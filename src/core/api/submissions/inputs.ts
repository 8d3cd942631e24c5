import { z } from 'zod'
import { CampaignIdSchema, GroupIdSchema } from '../../domain/ids'
import { name, type InputsOf } from '../shared/fields'

export const submissionsInputs = {
  'submissions.add': z
    .object({
      campaignId: CampaignIdSchema,
      school: name('申报单位', 80),
      program: name('专业名称', 80),
      groupId: GroupIdSchema,
      applicant: z.string().trim().max(40).default(''),
    })
    .strict(),
} satisfies InputsOf<'submissions'>
