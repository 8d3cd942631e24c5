import { z } from 'zod'
import { CampaignIdSchema, SubmissionIdSchema } from '../../domain/ids'
import { ReportFontsSchema, REPORT_FONT_PRESETS } from '../../domain/reportFonts'
import { none, sheetKey, type InputsOf } from '../shared/fields'

const presetNames = Object.keys(REPORT_FONT_PRESETS) as [keyof typeof REPORT_FONT_PRESETS, ...Array<keyof typeof REPORT_FONT_PRESETS>]
const kindId = z.string().regex(/^[A-Za-z]{1,40}$/, '文书类型不合法')

export const reportsInputs = {
  'reports.scoreSheet': z.object(sheetKey).strict(),
  'reports.fonts': none,
  /** a preset by name, or five names of the user's own */
  'reports.setFonts': z.union([
    z.object({ preset: z.enum(presetNames) }).strict(),
    z.object({ fonts: ReportFontsSchema.strict() }).strict(),
  ]),
  'reports.panelOpinion': z.object({ campaignId: CampaignIdSchema, submissionId: SubmissionIdSchema }).strict(),
  'reports.documents': z.object({ campaignId: CampaignIdSchema }).strict(),
  'reports.document': z.object({ campaignId: CampaignIdSchema, kind: kindId, key: z.string().min(1).max(200) }).strict(),
  /** outDir: a folder of the caller's (CLI only, dispatch refuses a path from an untrusted door); otherwise the workspace's reports/ */
  'reports.exportAll': z
    .object({ campaignId: CampaignIdSchema, kinds: z.array(kindId).min(1).max(20).optional(), pdf: z.boolean().optional(), outDir: z.string().min(1).max(4096).optional() })
    .strict(),
  /** one file of an export inside the workspace's reports/ folder, for a browser to download */
  'reports.exportedFile': z
    .object({
      campaignId: CampaignIdSchema,
      folder: z.string().regex(/^\d{8}-\d{6}$/, '导出批次不合法'),
      fileName: z.string().min(1).max(200).refine((n) => !/[\\/]|^\.\.?$/.test(n), '文件名不合法'),
    })
    .strict(),
} satisfies InputsOf<'reports'>
