import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema, GroupIdSchema, SubmissionIdSchema, type ExpertId } from './ids'
import { ReviewKindSchema, RubricSchema, LevelSchema } from './rubric'
import { SubjectSchema } from './subject'
import { PackageLogSchema } from './packageLog'
import { ExpertWorkspaceInfoSchema } from './expertWorkspace'
import { expertKeyFields, WorkspaceKeyInfoSchema } from './expertKey'
import { SheetSignatureSchema, SubmittedVersionSchema } from './sheetSignature'
import { CalibrationSessionSchema } from './calibration'
import { DecisionsSchema } from './decisions'
import { ReportFontsSchema } from './reportFonts'
import { PendingAuditSchema } from './audit'

const text = (max: number) => z.string().trim().min(1).max(max)

export const CollaborationGroupSchema = z.object({
  id: GroupIdSchema,
  name: text(40),
  /** earlier names, oldest first: a campaign keeps the name its group had when it was created */
  history: z.array(z.object({ name: text(40), until: z.string() })).default([]),
  /** set when the alliance retires the group: kept for old campaigns, offered for no new entry */
  retiredAt: z.string().optional(),
})
export type CollaborationGroup = z.infer<typeof CollaborationGroupSchema>

/** A unit the expert worked at before, with years (回避: former unit within N years). */
export const FormerUnitSchema = z.object({
  unit: text(80),
  from: z.number().int().min(1900).max(2200).optional(),
  to: z.number().int().min(1900).max(2200),
})
export type FormerUnit = z.infer<typeof FormerUnitSchema>

export const RELATION_KINDS = ['relative', 'advisorStudent', 'coauthor', 'projectPartner'] as const
/** A declared relation (回避): relatives, advisor/student, co-authors, project partners. */
export const RelationSchema = z.object({
  kind: z.enum(RELATION_KINDS),
  name: z.string().trim().max(40).default(''),
  unit: z.string().trim().max(80).default(''),
  /** the last year the relation was active (relatives: leave empty = always) */
  year: z.number().int().min(1900).max(2200).optional(),
})
export type Relation = z.infer<typeof RelationSchema>

export const ExpertSchema = z.object({
  id: ExpertIdSchema,
  name: text(40),
  unit: text(80),
  title: z.string().trim().max(40).default(''),
  groupIds: z.array(GroupIdSchema).default([]),
  contact: z.string().trim().max(80).default(''),
  formerUnits: z.array(FormerUnitSchema).default([]),
  relations: z.array(RelationSchema).default([]),
  /** program names or keywords of the expert's field, beyond the 协作组 */
  fields: z.array(z.string().trim().min(1).max(40)).default([]),
  /** signing identity (issue 11): public key, fingerprint, earlier keys */
  ...expertKeyFields,
})
export type Expert = z.infer<typeof ExpertSchema>

/** Stands in for an expert id no longer in the pool, so old sheets still show. */
export function placeholderExpert(id: ExpertId): Expert {
  return { id, name: `（已移除的专家 ${id}）`, unit: '', title: '', groupIds: [], contact: '', formerUnits: [], relations: [], fields: [] }
}

/** A material file: stored once by content (attachments/<sha256>), named only for display. */
export const MaterialSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().max(300),
  size: z.number().int().nonnegative(),
  mime: z.string().max(100),
  addedAt: z.string(),
})
export type Material = z.infer<typeof MaterialSchema>

/** A file a materials import could not match to a submission, kept until the secretary attaches it (issue 9 item 15). */
export const UnmatchedMaterialSchema = MaterialSchema.extend({
  /** its path inside the zip or folder, as shown to the user */
  path: z.string().max(1000),
  /** the zip or folder it came from */
  source: z.string().max(300).default(''),
})
export type UnmatchedMaterial = z.infer<typeof UnmatchedMaterialSchema>

export const SubmissionSchema = z.object({
  id: SubmissionIdSchema,
  /** 申报单位 (for an achievement: the first 完成单位) */
  school: text(80),
  /** the 专业 (for a person: 专业/工种); required for every kind but an achievement (subject.ts) */
  program: z.string().trim().max(80),
  groupId: GroupIdSchema,
  applicant: z.string().trim().max(40).default(''),
  /** what is judged: the 专业, a person, a course or an achievement (domain/subject.ts) */
  subject: SubjectSchema.default({ kind: 'program' }),
  createdAt: z.string(),
  /** files in the content-addressed attachment store */
  materials: z.array(MaterialSchema).default([]),
  /** roster columns not mapped to a field, kept as they were */
  extra: z.record(z.string(), z.string()).default({}),
})
export type Submission = z.infer<typeof SubmissionSchema>

export const PanelSettingsSchema = z.object({
  /** experts per submission (odd) */
  size: z.number().int().min(1).max(15),
  /** share of each panel from the submission's field (协作组) */
  fieldShare: z.number().min(0).max(1),
  /** at most this many experts of one unit on a panel */
  maxPerUnit: z.number().int().min(1),
  /** at most this many submissions per expert; null = balanced only */
  expertCap: z.number().int().min(1).nullable(),
  /** 回避: former unit within N years */
  formerUnitYears: z.number().int().min(0).max(50),
  /** 回避: declared relations within N years */
  relationYears: z.number().int().min(0).max(50),
})
export type PanelSettings = z.infer<typeof PanelSettingsSchema>

export const AssignmentSchema = z.object({
  expertIds: z.array(ExpertIdSchema),
  chairId: ExpertIdSchema.optional(),
})
export type Assignment = z.infer<typeof AssignmentSchema>

/** 随机抽取 with its seed, so the draw can be reproduced and audited. */
export const DrawRecordSchema = z.object({
  seed: z.string().min(1).max(64),
  at: z.string(),
  panelSize: z.number().int(),
  submissionCount: z.number().int(),
  /** sha256 of the canonical assignment produced, to check a re-run gives the same */
  resultHash: z.string(),
})
export type DrawRecord = z.infer<typeof DrawRecordSchema>

export const AssignmentLogSchema = z.object({
  at: z.string(),
  submissionId: SubmissionIdSchema,
  action: z.enum(['add', 'remove', 'draw', 'chair']),
  expertId: ExpertIdSchema.optional(),
  reason: z.string().max(500),
})
export type AssignmentLogEntry = z.infer<typeof AssignmentLogSchema>

export const ConflictDecisionSchema = z.object({
  decision: z.enum(['conflict', 'noConflict']),
  reason: z.string().min(1).max(500),
  at: z.string(),
})
export type ConflictDecision = z.infer<typeof ConflictDecisionSchema>

export const PledgeSchema = z.object({
  acceptedAt: z.string(),
  /** the expert's own 回避 declaration, e.g. "无" or the relations named */
  declaration: z.string().max(2000),
  textVersion: z.number().int(),
})
export type Pledge = z.infer<typeof PledgeSchema>

/** the campaign's declared rule (issue 12; core/scoring/panelAggregate.ts) */
export const AggregationRuleSchema = z.enum(['trimmedMean', 'mean', 'zNormalised'])
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
  /** files of materials imports that matched no submission, to attach by hand */
  unmatchedMaterials: z.array(UnmatchedMaterialSchema).default([]),
  aggregation: z.object({ rule: AggregationRuleSchema }).default({ rule: 'trimmedMean' }),
  /** set when the first score is saved: from then on a rubric change makes a new version */
  rubricFrozenAt: z.string().optional(),
  /** earlier versions of the rubric, kept so sheets scored under them still read right */
  rubricHistory: z.array(z.object({ rubric: RubricSchema, note: z.string(), replacedAt: z.string() })).default([]),
  /** change notes per version (the current one included) */
  rubricNotes: z.array(z.object({ version: z.number().int(), note: z.string(), at: z.string() })).default([]),
  /** 盲评: experts never see school or applicant names, nor do their packages */
  blind: z.boolean().default(false),
  panel: PanelSettingsSchema.default({ size: 5, fieldShare: 2 / 3, maxPerUnit: 2, expertCap: null, formerUnitYears: 3, relationYears: 3 }),
  /** 专家组 per submission id */
  assignments: z.record(z.string(), AssignmentSchema).default({}),
  draws: z.array(DrawRecordSchema).default([]),
  assignmentLog: z.array(AssignmentLogSchema).default([]),
  /** the secretariat's decisions on suspected conflicts, keyed `${expertId}:${submissionId}` */
  conflictDecisions: z.record(z.string(), ConflictDecisionSchema).default({}),
  /**
   * 回避 an expert declared in the 承诺书 for one of their submissions, keyed `${expertId}:${submissionId}`:
   * a suspected conflict until the secretariat decides it (conflictDecisions); meanwhile the expert cannot score it
   */
  declaredConflicts: z.record(z.string(), z.object({ reason: z.string().min(1).max(500), at: z.string() })).default({}),
  /** 承诺书 accepted, per expert id */
  pledges: z.record(z.string(), PledgeSchema).default({}),
  /** roster column mapping remembered for this campaign: field → column header */
  rosterMapping: z.record(z.string(), z.string()).default({}),
  /** the header row the secretary picked in the roster wizard (a title row above it is common) */
  rosterHeaderRow: z.number().int().positive().optional(),
  /** 归档: the campaign leaves the campaign list but keeps every file; campaigns.restore brings it back */
  archived: z.object({ at: z.string(), reason: z.string().max(500) }).optional(),
  /** 校准会 (issue 12): its anchors (样卷) never count in results, rankings or statistics */
  calibration: CalibrationSessionSchema.optional(),
  /** 评定: the committee's votes, tie orders, quotas, 公示 and 异议 (domain/decisions.ts); absent until the first decision */
  decisions: DecisionsSchema.optional(),
  /** offline round trip (issue 11): expert packages issued and score packages accepted, per expert */
  packages: PackageLogSchema.optional(),
})
export type Campaign = z.infer<typeof CampaignSchema>

/** One indicator's score: a level (points × coefficient) or free points. */
export const EntrySchema = z.object({
  level: LevelSchema.optional(),
  points: z.number().min(0).optional(),
})
export type Entry = z.infer<typeof EntrySchema>

/** 问题 and 建议 of one 一级指标 on a diagnostic sheet. */
export const DimensionNoteSchema = z.object({
  problems: z.string().max(3000).default(''),
  advice: z.string().max(3000).default(''),
})
export type DimensionNote = z.infer<typeof DimensionNoteSchema>

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
  /** 诊断: the expert's 问题 and 建议 per 一级指标 (dimension code), for the consultant's report */
  dimensionNotes: z.record(z.string(), DimensionNoteSchema).default({}),
  /** 诊断: 特色与创新 */
  highlights: z.string().max(5000).default(''),
  status: SheetStatusSchema,
  /** increases with every saved change; an older copy never overwrites a newer one */
  version: z.number().int().nonnegative(),
  updatedAt: z.string(),
  submittedAt: z.string().optional(),
  /** 平台内签署确认 of the submitted version (issue 11); absent on a draft and on a sheet submitted before signing */
  signature: SheetSignatureSchema.optional(),
  /**
   * earlier submitted versions keyed by their number ('1', '2', …): each reopening (with its reason)
   * adds one (a record, not an array, so read-only sheets still type as sheets)
   */
  signatures: z.record(z.string(), SubmittedVersionSchema).optional(),
})
export type ScoreSheet = z.infer<typeof ScoreSheetSchema>

// ---- files on disk: every file carries { kind, schemaVersion } ----

/** 2: submissions carry a subject (person, course, achievement), groups a name history (migrations.ts) */
export const WORKSPACE_SCHEMA_VERSION = 2

export const WorkspaceFileSchema = z.object({
  kind: z.literal('workspace'),
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  name: text(80),
  createdAt: z.string(),
  groups: z.array(CollaborationGroupSchema),
  experts: z.array(ExpertSchema),
  /** experts removed from the pool, kept with who/why/when (experts.remove; nothing is lost) */
  removedExperts: z.array(z.object({ expert: ExpertSchema, reason: z.string().max(500), at: z.string() })).optional(),
  /** set in an expert's own workspace, made from an expert package (issue 11) */
  expertWorkspace: ExpertWorkspaceInfoSchema.optional(),
  /** the secretariat's public signing key (issue 11); its encrypted private key is keys/workspace.json */
  workspaceKey: WorkspaceKeyInfoSchema.optional(),
  /** the font names of every Word report (issue 13); absent: the GB names (domain/reportFonts.ts) */
  reportFonts: ReportFontsSchema.optional(),
  /** audit entries of workspace changes (each names its campaign), kept until its log holds them (storage/auditOutbox.ts) */
  auditOutbox: z.array(PendingAuditSchema).optional(),
})
export type WorkspaceFile = z.infer<typeof WorkspaceFileSchema>

export const CampaignFileSchema = z.object({
  kind: z.literal('campaign'),
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  campaign: CampaignSchema,
  /** audit entries written with their change, kept until the log holds them (storage/auditOutbox.ts) */
  auditOutbox: z.array(PendingAuditSchema).optional(),
})
export type CampaignFile = z.infer<typeof CampaignFileSchema>

export const SheetsFileSchema = z.object({
  kind: z.literal('sheets'),
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  campaignId: CampaignIdSchema,
  expertId: ExpertIdSchema,
  /** keyed by submission id */
  sheets: z.record(z.string(), ScoreSheetSchema),
  /** audit entries written with their change, kept until the log holds them (storage/auditOutbox.ts) */
  auditOutbox: z.array(PendingAuditSchema).optional(),
})
export type SheetsFile = z.infer<typeof SheetsFileSchema>
