import { z } from 'zod'
import {
  CampaignIdSchema,
  ExpertIdSchema,
  GroupIdSchema,
  SubmissionIdSchema,
} from '../domain/ids'
import { LevelSchema, ReviewKindSchema } from '../domain/rubric'
import { AggregationRuleSchema, FormerUnitSchema, PanelSettingsSchema, RelationSchema } from '../domain/workspace'
import type { MethodName } from './methodNames'

const none = z.object({}).strict()
const name = (label: string, max: number) =>
  z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`)
const sheetKey = {
  campaignId: CampaignIdSchema,
  expertId: ExpertIdSchema,
  submissionId: SubmissionIdSchema,
}

/** A file the user gave: uploaded in chunks (renderer) or a local path (CLI, Electron dialogs). */
const fileSource = z.union([
  z.object({ uploadId: z.string().regex(/^up-[0-9a-f]{16}$/) }).strict(),
  z.object({ path: z.string().min(1).max(4096) }).strict(),
])
const rosterMapping = z
  .object({ school: z.string().max(200), program: z.string().max(200), group: z.string().max(200), applicant: z.string().max(200) })
  .partial()
  .strict()

const expertFields = {
  name: name('专家姓名', 40),
  unit: name('工作单位', 80),
  title: z.string().trim().max(40).default(''),
  groupIds: z.array(GroupIdSchema).max(7).default([]),
  contact: z.string().trim().max(80).default(''),
  formerUnits: z.array(FormerUnitSchema).max(20).default([]),
  relations: z.array(RelationSchema).max(50).default([]),
  fields: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
}

/** zod input schema of every method: inputs are parsed at every door before a handler runs. */
export const INPUTS = {
  'workspace.info': none,
  'workspace.listBackups': z.object({ file: z.string().min(1).max(300) }).strict(),
  'workspace.restoreBackup': z.object({ file: z.string().min(1).max(300), backup: z.string().max(100).optional() }).strict(),
  'groups.list': none,
  'experts.list': none,
  'experts.add': z.object(expertFields).strict(),
  'experts.update': z.object({ expertId: ExpertIdSchema, ...expertFields }).strict(),
  'templates.list': none,
  'templates.get': z.object({ templateId: z.string().min(1).max(64) }).strict(),
  /** the editor's draft, checked as it is: the schema errors become problems, not a refusal */
  'rubric.validate': z.object({ rubric: z.unknown() }).strict(),
  'rubric.update': z.object({ campaignId: CampaignIdSchema, rubric: z.unknown(), note: z.string().trim().max(500).optional() }).strict(),
  'rubric.export': z
    .object({ campaignId: CampaignIdSchema.optional(), templateId: z.string().max(64).optional(), format: z.enum(['json', 'xlsx']) })
    .strict()
    .refine((v) => !!v.campaignId !== !!v.templateId, '请指定评审活动或模板之一'),
  'rubric.parseFile': z
    .object({ fileName: z.string().min(1).max(255), base64: z.string().max(8 * 1024 * 1024, '文件超过 6 MB，不是指标体系文件') })
    .strict(),
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
  'pledges.accept': z
    .object({ campaignId: CampaignIdSchema, expertId: ExpertIdSchema, declaration: z.string().trim().min(1, '请填写回避声明（无回避情形请填“无”）').max(2000) })
    .strict(),
  'audit.list': z.object({ campaignId: CampaignIdSchema }).strict(),
  'uploads.begin': z.object({ name: z.string().min(1).max(255), size: z.number().int().nonnegative() }).strict(),
  'uploads.chunk': z
    .object({ uploadId: z.string().max(40), offset: z.number().int().nonnegative(), base64: z.string().max(6 * 1024 * 1024, '每块不超过 4 MB') })
    .strict(),
  'tasks.get': z.object({ taskId: z.string().max(40) }).strict(),
  'tasks.cancel': z.object({ taskId: z.string().max(40) }).strict(),
  'roster.preview': z.object({ campaignId: CampaignIdSchema, source: fileSource, mapping: rosterMapping.optional() }).strict(),
  'roster.import': z
    .object({ campaignId: CampaignIdSchema, source: fileSource, mapping: rosterMapping.optional(), mode: z.enum(['all', 'validOnly']) })
    .strict(),
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
  'conflicts.list': z.object({ campaignId: CampaignIdSchema }).strict(),
  'conflicts.decide': z
    .object({
      campaignId: CampaignIdSchema,
      expertId: ExpertIdSchema,
      submissionId: SubmissionIdSchema,
      decision: z.enum(['conflict', 'noConflict']),
      reason: z.string().trim().min(1, '请填写认定理由').max(500),
    })
    .strict(),
  'assignments.get': z.object({ campaignId: CampaignIdSchema }).strict(),
  'assignments.previewDraw': z
    .object({
      campaignId: CampaignIdSchema,
      /** as for autoAssign; when omitted the preview picks one and returns it */
      seed: z.string().trim().min(1).max(64).optional(),
      keepExisting: z.boolean().optional(),
    })
    .strict(),
  'assignments.autoAssign': z
    .object({
      campaignId: CampaignIdSchema,
      /** the draw's seed; a fresh random one when omitted. The same seed reproduces the draw. */
      seed: z.string().trim().min(1).max(64).optional(),
      keepExisting: z.boolean().optional(),
      /** when some submissions cannot get a panel: draw the others and leave those (listed in the audit) */
      partial: z.boolean().optional(),
    })
    .strict(),
  'assignments.change': z
    .object({
      campaignId: CampaignIdSchema,
      submissionId: SubmissionIdSchema,
      add: ExpertIdSchema.optional(),
      remove: ExpertIdSchema.optional(),
      /** make this member the panel's 组长 */
      chairId: ExpertIdSchema.optional(),
      reason: z.string().trim().min(1, '手动调整分配必须填写理由').max(500),
    })
    .strict()
    .refine((v) => !!v.add || !!v.remove || !!v.chairId, '请指定要加入、移出或设为组长的专家'),
  'campaigns.addExperts': z
    .object({ campaignId: CampaignIdSchema, expertIds: z.array(ExpertIdSchema).min(1, '请至少选择一位专家').max(500) })
    .strict(),
  'submissions.add': z
    .object({
      campaignId: CampaignIdSchema,
      school: name('申报单位', 80),
      program: name('专业名称', 80),
      groupId: GroupIdSchema,
      applicant: z.string().trim().max(40).default(''),
    })
    .strict(),
  'sheets.get': z.object(sheetKey).strict(),
  'sheets.listByExpert': z.object({ campaignId: CampaignIdSchema, expertId: ExpertIdSchema }).strict(),
  'sheets.setEntry': z
    .object({
      ...sheetKey,
      indicatorCode: z.string().min(1).max(32),
      /** a level, or null to clear */
      level: LevelSchema.nullable().optional(),
      /** free points for a points-scale indicator, or null to clear */
      points: z.number().finite().min(0).nullable().optional(),
      /** the version the client last saw; a stale one is refused instead of overwriting newer scores */
      baseVersion: z.number().int().nonnegative().optional(),
    })
    .strict(),
  'sheets.setEligibility': z
    .object({ ...sheetKey, code: z.string().min(1).max(32), value: z.enum(['pass', 'fail']).nullable(), baseVersion: z.number().int().nonnegative().optional() })
    .strict(),
  'sheets.setVeto': z
    .object({
      ...sheetKey,
      code: z.string().min(1).max(32),
      /** the evidence for raising the veto, or null to withdraw it */
      evidence: z.string().trim().min(1, '提出一票否决必须说明依据').max(2000).nullable(),
      baseVersion: z.number().int().nonnegative().optional(),
    })
    .strict(),
  'sheets.setBonus': z
    .object({ ...sheetKey, code: z.string().min(1).max(32), points: z.number().finite().min(0).nullable(), baseVersion: z.number().int().nonnegative().optional() })
    .strict(),
  'sheets.setComment': z
    .object({ ...sheetKey, comment: z.string().max(5000, '评审意见不能超过 5000 字'), baseVersion: z.number().int().nonnegative().optional() })
    .strict(),
  'sheets.submit': z.object(sheetKey).strict(),
  'results.summary': z.object({ campaignId: CampaignIdSchema }).strict(),
  'reports.scoreSheet': z.object(sheetKey).strict(),
} satisfies Record<MethodName, z.ZodType>

export type Inputs = typeof INPUTS
/** What a caller passes (before defaults are applied). */
export type In<M extends MethodName> = z.input<Inputs[M]>
/** What a handler receives (after parsing). */
export type Parsed<M extends MethodName> = z.output<Inputs[M]>
