import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema, GroupIdSchema, SubmissionIdSchema } from './ids'
import { ReviewKindSchema, RubricSchema, LevelSchema } from './rubric'

const text = (max: number) => z.string().trim().min(1).max(max)

export const CollaborationGroupSchema = z.object({
  id: GroupIdSchema,
  name: text(40),
})
export type CollaborationGroup = z.infer<typeof CollaborationGroupSchema>

export const ExpertSchema = z.object({
  id: ExpertIdSchema,
  name: text(40),
  unit: text(80),
  title: z.string().trim().max(40).default(''),
  groupIds: z.array(GroupIdSchema).default([]),
  contact: z.string().trim().max(80).default(''),
})
export type Expert = z.infer<typeof ExpertSchema>

export const SubmissionSchema = z.object({
  id: SubmissionIdSchema,
  school: text(80),
  program: text(80),
  groupId: GroupIdSchema,
  applicant: z.string().trim().max(40).default(''),
  createdAt: z.string(),
})
export type Submission = z.infer<typeof SubmissionSchema>

export const AggregationRuleSchema = z.enum(['trimmedMean', 'mean'])
export type AggregationRule = z.infer<typeof AggregationRuleSchema>

export const CampaignSchema = z.object({
  id: CampaignIdSchema,
  name: text(80),
  kind: ReviewKindSchema,
  createdAt: z.string(),
  /** the campaign's own frozen copy of its rubric */
  rubric: RubricSchema,
  /** experts taking part in this campaign (issue 4 adds per-submission panels) */
  expertIds: z.array(ExpertIdSchema).default([]),
  submissions: z.array(SubmissionSchema).default([]),
  aggregation: z.object({ rule: AggregationRuleSchema }).default({ rule: 'trimmedMean' }),
})
export type Campaign = z.infer<typeof CampaignSchema>

/** One indicator's score: a level (points × coefficient) or free points. */
export const EntrySchema = z.object({
  level: LevelSchema.optional(),
  points: z.number().min(0).optional(),
})
export type Entry = z.infer<typeof EntrySchema>

export const SheetStatusSchema = z.enum(['draft', 'submitted'])
export type SheetStatus = z.infer<typeof SheetStatusSchema>

export const ScoreSheetSchema = z.object({
  submissionId: SubmissionIdSchema,
  expertId: ExpertIdSchema,
  rubricVersion: z.number().int().positive(),
  entries: z.record(z.string(), EntrySchema),
  /** 资格条件: pass/fail per eligibility code, answered before scoring */
  eligibility: z.record(z.string(), z.enum(['pass', 'fail'])).default({}),
  /** 一票否决 flags raised by this expert, each with its evidence */
  vetoFlags: z.record(z.string(), z.object({ evidence: z.string().min(1).max(2000) })).default({}),
  /** 加分项 points per bonus code (capped in total by the rubric) */
  bonus: z.record(z.string(), z.number().min(0)).default({}),
  comment: z.string().max(5000).default(''),
  status: SheetStatusSchema,
  /** increases with every saved change; an older copy never overwrites a newer one */
  version: z.number().int().nonnegative(),
  updatedAt: z.string(),
  submittedAt: z.string().optional(),
})
export type ScoreSheet = z.infer<typeof ScoreSheetSchema>

// ---- files on disk: every file carries { kind, schemaVersion } ----

export const WORKSPACE_SCHEMA_VERSION = 1

export const WorkspaceFileSchema = z.object({
  kind: z.literal('workspace'),
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  name: text(80),
  createdAt: z.string(),
  groups: z.array(CollaborationGroupSchema),
  experts: z.array(ExpertSchema),
})
export type WorkspaceFile = z.infer<typeof WorkspaceFileSchema>

export const CampaignFileSchema = z.object({
  kind: z.literal('campaign'),
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  campaign: CampaignSchema,
})
export type CampaignFile = z.infer<typeof CampaignFileSchema>

export const SheetsFileSchema = z.object({
  kind: z.literal('sheets'),
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  campaignId: CampaignIdSchema,
  expertId: ExpertIdSchema,
  /** keyed by submission id */
  sheets: z.record(z.string(), ScoreSheetSchema),
})
export type SheetsFile = z.infer<typeof SheetsFileSchema>
