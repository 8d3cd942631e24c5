import { z } from 'zod'
import { CampaignIdSchema, SubmissionIdSchema } from '../../domain/ids'
import { fileSource, type InputsOf } from '../shared/fields'

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
  /** single files (PDFs, images, .docx) added to one submission, checked like a zip's entries */
  'materials.addFiles': z.object({ campaignId: CampaignIdSchema, submissionId: SubmissionIdSchema, sources: z.array(fileSource).min(1, '请选择要添加的文件').max(50, '一次最多添加 50 个文件') }).strict(),
  'materials.unmatched': z.object({ campaignId: CampaignIdSchema }).strict(),
  /** attach a file an import could not match (by its hash and its path in the import) to a submission */
  'materials.attach': z
    .object({
      campaignId: CampaignIdSchema,
      submissionId: SubmissionIdSchema,
      sha256: z.string().regex(/^[0-9a-f]{64}$/, '材料标识无效'),
      path: z.string().min(1).max(1000),
      reason: z.string().trim().max(500).default(''),
      actor: z.string().trim().max(40).default('秘书处'),
    })
    .strict(),
} satisfies InputsOf<'materials'>
