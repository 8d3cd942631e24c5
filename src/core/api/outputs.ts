import type { AggregationRule, AssignmentLogEntry, Campaign, CollaborationGroup, ConflictDecision, DrawRecord, Expert, Material, PanelSettings, ScoreSheet, Submission } from '../domain/workspace'
import type { Grade, ReviewKind, Rubric } from '../domain/rubric'
import type { SheetResult } from '../scoring/sheetResult'
import type { BackupInfo } from '../domain/backup'
import type { AuditEntry } from '../domain/audit'
import type { TaskView } from './taskView'
import type { MethodName } from './methodNames'
import type { VetoTally } from '../scoring/panelRules'
import type { DrawDiff } from '../panel/drawPreview'

export interface WorkspaceInfo {
  name: string
  root: string
  campaignCount: number
  expertCount: number
}

export interface TemplateInfo {
  id: string
  kind: ReviewKind
  name: string
  total: number
  dimensionCount: number
  indicatorCount: number
}

export interface CampaignCard {
  id: string
  name: string
  kind: ReviewKind
  kindLabel: string
  createdAt: string
  submissionCount: number
  expertCount: number
  sheetsSubmitted: number
  sheetsExpected: number
  /** set when campaign.json cannot be read; the card is shown as damaged */
  damaged?: string
}

export interface SheetView {
  sheet: ScoreSheet
  result: SheetResult
  /** ISO time the sheet reached the disk; absent for a sheet never saved */
  savedAt?: string
  /** scored under an earlier rubric version: the expert must check it again */
  needsRecheck: boolean
}

export interface SheetListRow {
  submission: Submission
  status: 'empty' | 'draft' | 'submitted'
  total: number | null
  scoredCount: number
  indicatorCount: number
  version: number
  needsRecheck: boolean
}

export interface ResultRow {
  submission: Submission
  groupName: string
  experts: Array<{ expertId: string; expertName: string; status: 'empty' | 'draft' | 'submitted'; total: number | null; deviation: number | null; flagged: boolean }>
  submittedCount: number
  rule: AggregationRule
  applied: AggregationRule
  result: number | null
  dropped: { highest?: number; lowest?: number }
  grade: Grade | null
  gradeLabel: string | null
  /** 不予评定 and why (confirmed veto, failed eligibility); null when rated */
  notRated: string | null
  vetoes: VetoTally[]
  /** 奖项等级 reached by the result, with "（待票决）" when it needs a vote */
  awardLevel: string | null
  /** 暂定: fewer sheets submitted than the panel has members (submittedCount / experts.length); never ranked */
  provisional: boolean
  /** null for 暂定 results, rows without a result, and kinds that are not ranked (scoring/ranking.ts) */
  rank: number | null
}

export interface ResultsSummary {
  campaignId: string
  rule: AggregationRule
  ruleText: string
  rows: ResultRow[]
  /** rows with a result that is still 暂定 (not every panel member has submitted), left out of the ranking */
  provisionalCount: number
}

export interface RubricCheck {
  ok: boolean
  problems: Array<{ where: string; message: string; code: string }>
  /** sum of the 一级指标 points, for the editor's running total */
  total?: number
}

export interface RubricFileParse {
  ok: boolean
  rubric?: Rubric
  problems: Array<{ where: string; message: string; sheet?: string; row?: number; column?: string }>
}

export interface ConflictRow {
  expertId: string
  expertName: string
  submissionId: string
  submissionLabel: string
  status: 'blocked' | 'suspected' | 'clear'
  levels: Array<'certain' | 'suspected'>
  reasons: string[]
  decision: ConflictDecision | null
}

export interface AssignmentView {
  rows: Array<{ submissionId: string; school: string; program: string; groupId: string; expertIds: string[]; chairId: string | null; short: boolean }>
  load: Record<string, number>
  draws: DrawRecord[]
  log: AssignmentLogEntry[]
  settings: PanelSettings
}

/** What a draw with this seed would do, before it is run (assignments.previewDraw). */
export interface DrawPreview {
  /** the seed the preview used: pass it to assignments.autoAssign to get exactly this draw */
  seed: string
  /** every submission can get a panel */
  feasible: boolean
  /** not feasible, but drawing the feasible part is (autoAssign with partial: true); diff shows it */
  partialPossible: boolean
  /** why the full draw cannot run */
  problems: Array<{ path: string; message: string }>
  /** the change the draw (or, when infeasible, the partial draw) would make; null when nothing can be drawn */
  diff: DrawDiff | null
}

export interface RosterPreview {
  fileName: string
  headers: string[]
  /** the mapping used: what the user chose, else the campaign's remembered one, else a guess */
  mapping: Partial<Record<'school' | 'program' | 'group' | 'applicant', string>>
  rowCount: number
  validCount: number
  rows: Array<{ row: number; school: string; program: string; groupId: string; applicant: string; extra: Record<string, string> }>
  problems: Array<{ row: number; column: string; message: string }>
}

export interface MaterialsImportResult {
  attached: number
  unmatched: string[]
  skipped: Array<{ path: string; reason: string; message: string }>
  problems: Array<{ path: string; message: string }>
}

export interface FileOutput {
  fileName: string
  mime: string
  /** file bytes in base64, so the result crosses IPC and HTTP as JSON */
  base64: string
}

/** The typed API: one method per capability; handlers end with `satisfies WorkbenchApi`. */
export interface Outputs {
  'workspace.info': WorkspaceInfo
  'workspace.listBackups': BackupInfo[]
  'workspace.restoreBackup': BackupInfo
  'groups.list': CollaborationGroup[]
  'experts.list': Expert[]
  'experts.add': Expert
  'experts.update': Expert
  'templates.list': TemplateInfo[]
  'templates.get': Rubric
  'rubric.validate': RubricCheck
  'rubric.update': Campaign
  'rubric.export': FileOutput
  'rubric.parseFile': RubricFileParse
  'campaigns.list': CampaignCard[]
  'campaigns.get': Campaign
  'campaigns.create': Campaign
  'campaigns.addExperts': Campaign
  'campaigns.updateSettings': Campaign
  'pledges.accept': Campaign
  'uploads.begin': { uploadId: string }
  'uploads.chunk': { received: number }
  'tasks.get': TaskView
  'tasks.cancel': TaskView
  'roster.preview': RosterPreview
  'roster.import': { imported: number; skippedRows: number; problems: Array<{ row: number; column: string; message: string }> }
  'materials.import': TaskView
  'materials.list': Material[]
  /** readable text of a .docx material (paragraphs as plain text, never HTML) */
  'materials.preview': { name: string; paragraphs: string[]; truncated: boolean }
  'conflicts.list': ConflictRow[]
  'conflicts.decide': Campaign
  'assignments.get': AssignmentView
  'assignments.previewDraw': DrawPreview
  'assignments.autoAssign': Campaign
  'assignments.change': Campaign
  'audit.list': { entries: AuditEntry[]; chain: { ok: true; count: number } | { ok: false; line: number; reason: string } }
  'submissions.add': Submission
  'sheets.get': SheetView
  'sheets.listByExpert': SheetListRow[]
  'sheets.setEntry': SheetView
  'sheets.setEligibility': SheetView
  'sheets.setVeto': SheetView
  'sheets.setBonus': SheetView
  'sheets.setComment': SheetView
  'sheets.submit': SheetView
  'results.summary': ResultsSummary
  'reports.scoreSheet': FileOutput
}

export type Out<M extends MethodName> = Outputs[M]
export type { Rubric }
