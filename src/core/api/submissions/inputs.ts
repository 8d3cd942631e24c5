import { z } from 'zod'
import { CampaignIdSchema, GroupIdSchema } from '../../domain/ids'
import { SubjectSchema } from '../../domain/subject'
import { name, type InputsOf } from '../shared/fields'

export const submissionsInputs = {
  'submissions.add': z
    .object({
      campaignId: CampaignIdSchema,
      school: name('申报单位', 80),
      /** required for every kind but an achievement (checked against the campaign's kind) */
      program: z.string().trim().max(80, '专业名称不能超过 80 个字').default(''),
      groupId: GroupIdSchema,
      applicant: z.string().trim().max(40).default(''),
      /** the person, course or achievement; a 专业 when absent */
      subject: SubjectSchema.optional(),
    })
    .strict(),
} satisfies InputsOf<'submissions'>
