import { z } from 'zod'
import { CampaignIdSchema, SubmissionIdSchema } from '../../domain/ids'
import { CLOSING_PARTS, DIAGNOSIS_PARTS, ISSUE_KINDS } from '../../reports/diagnosis/diagnosisFile'
import { text, type InputsOf } from '../shared/fields'

const key = { campaignId: CampaignIdSchema, submissionId: SubmissionIdSchema }
const expectVersion = z.number().int().nonnegative()

export const diagnosisInputs = {
  'diagnosis.get': z.object(key).strict(),
  /** one part of one 一级指标 (dimensionCode), or a closing part (特色与亮点/改进路径建议/结论) without one */
  'diagnosis.setPart': z
    .object({
      ...key,
      dimensionCode: z.string().min(1).max(32).optional(),
      part: z.enum([...DIAGNOSIS_PARTS, ...CLOSING_PARTS]),
      text: text('内容', { multiline: true }).max(5000, '内容不能超过 5000 字'),
      accepted: z.boolean(),
      expectVersion,
    })
    .strict(),
  'diagnosis.setIssues': z
    .object({
      ...key,
      issues: z
        .array(
          z
            .object({
              id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/).optional(),
              kind: z.enum(ISSUE_KINDS),
              dimensionCode: z.string().max(32).default(''),
              text: text('问题').trim().min(1, '请填写问题').max(1000, '问题不能超过 1000 字'),
              owner: text('责任部门（人）').trim().max(80, '责任部门（人）不能超过 80 字').default(''),
              deadline: text('整改期限').trim().max(40, '整改期限不能超过 40 字').default(''),
            })
            .strict(),
        )
        .max(500, '问题清单最多 500 条'),
      expectVersion,
    })
    .strict(),
  'diagnosis.setInfo': z
    .object({
      ...key,
      reportNo: text('报告编号').trim().max(60, '报告编号不能超过 60 字').optional(),
      diagnosingBody: text('诊断单位').trim().min(1, '请填写诊断单位').max(80, '诊断单位不能超过 80 字').optional(),
      /** 复诊: the earlier diagnosis to compare with; null clears it */
      baseline: z.object(key).strict().nullable().optional(),
      expectVersion,
    })
    .strict(),
  'diagnosis.issuesXlsx': z.object(key).strict(),
} satisfies InputsOf<'diagnosis'>
