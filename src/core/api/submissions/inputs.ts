import { z } from 'zod'
import { CampaignIdSchema, GroupIdSchema, SubmissionIdSchema } from '../../domain/ids'
import { SubjectSchema } from '../../domain/subject'
import { name, reason, text, type InputsOf } from '../shared/fields'

export const submissionsInputs = {
  'submissions.add': z
    .object({
      campaignId: CampaignIdSchema,
      school: name('申报单位', 80),
      /** required for every kind but an achievement (checked against the campaign's kind) */
      program: text('专业名称').trim().max(80, '专业名称不能超过 80 个字').default(''),
      groupId: GroupIdSchema,
      applicant: text('申报人').trim().max(40).default(''),
      /** the person, course or achievement; a 专业 when absent */
      subject: SubjectSchema.optional(),
    })
    .strict(),
  'submissions.remove': z.object({ campaignId: CampaignIdSchema, submissionId: SubmissionIdSchema, reason: reason('删除申报') }).strict(),
} satisfies InputsOf<'submissions'>
