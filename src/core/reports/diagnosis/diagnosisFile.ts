import { z } from 'zod'
import { PendingAuditSchema } from '../../domain/audit'

/**
 * The consultant's 专业建设诊断报告 of one submission (campaigns/<id>/diagnoses/<submissionId>.json,
 * its own `{ kind: 'diagnosisReport', schemaVersion: 1 }`). Per 一级指标 the five parts of
 * docs/domain/report-format.md §3 四、分项诊断; each holds the text as the consultant edited it and whether it is
 * accepted — the report prints accepted parts only (issue 13: "every draft is edited by the consultant
 * before it is final"). The 问题清单 rows and the 复诊 baseline live here too.
 */
export const DIAGNOSIS_PARTS = ['achievement', 'strengths', 'problems', 'causes', 'advice'] as const
export type DiagnosisPart = (typeof DIAGNOSIS_PARTS)[number]

export const DIAGNOSIS_PART_LABELS: Record<DiagnosisPart, string> = {
  achievement: '达成情况',
  strengths: '主要成绩',
  problems: '存在问题',
  causes: '原因分析',
  advice: '改进建议',
}

export const PartTextSchema = z.object({
  text: z.string().max(5000),
  accepted: z.boolean(),
})
export type PartText = z.infer<typeof PartTextSchema>

export const ISSUE_KINDS = ['mustFix', 'suggest'] as const
export const ISSUE_KIND_LABELS = { mustFix: '必须整改', suggest: '建议改进' } as const

export const IssueRowSchema = z.object({
  id: z.string().min(1).max(40),
  kind: z.enum(ISSUE_KINDS),
  /** the 一级指标 code it belongs to, or '' */
  dimensionCode: z.string().max(32).default(''),
  text: z.string().trim().min(1).max(1000),
  owner: z.string().trim().max(80).default(''),
  /** 2027-06-30, or free text such as 2027年6月 */
  deadline: z.string().trim().max(40).default(''),
})
export type IssueRow = z.infer<typeof IssueRowSchema>

export const DiagnosisFileSchema = z.object({
  kind: z.literal('diagnosisReport'),
  schemaVersion: z.literal(1),
  campaignId: z.string(),
  submissionId: z.string(),
  /** 报告编号, e.g. 联盟诊〔2026〕3号 */
  reportNo: z.string().max(60).default(''),
  /** 诊断单位 */
  diagnosingBody: z.string().max(80).default('机械行业技工院校高水平专业建设联盟专家委员会'),
  /** per 一级指标 code, per part */
  parts: z.record(z.string(), z.partialRecord(z.enum(DIAGNOSIS_PARTS), PartTextSchema)).default({}),
  /** 五、特色与亮点, 七、改进路径建议 and 八、结论 */
  highlights: PartTextSchema.optional(),
  path: PartTextSchema.optional(),
  conclusion: PartTextSchema.optional(),
  issues: z.array(IssueRowSchema).max(500).default([]),
  /** 复诊: the earlier diagnosis of the same program this one is compared with */
  baseline: z.object({ campaignId: z.string(), submissionId: z.string() }).optional(),
  version: z.number().int().nonnegative().default(0),
  updatedAt: z.string().default(''),
  /** audit entries written with their change, kept until the log holds them (storage/auditOutbox.ts) */
  auditOutbox: z.array(PendingAuditSchema).optional(),
})
export type DiagnosisFile = z.infer<typeof DiagnosisFileSchema>

export const CLOSING_PARTS = ['highlights', 'path', 'conclusion'] as const
export type ClosingPart = (typeof CLOSING_PARTS)[number]
export const CLOSING_PART_LABELS: Record<ClosingPart, string> = { highlights: '特色与亮点', path: '改进路径建议', conclusion: '结论' }

export function emptyDiagnosis(campaignId: string, submissionId: string): DiagnosisFile {
  return DiagnosisFileSchema.parse({ kind: 'diagnosisReport', schemaVersion: 1, campaignId, submissionId })
}
