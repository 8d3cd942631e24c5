import type { In } from '../../../../../core/api/contract'
import type { AssignmentView, ConflictRow, DrawPreview } from '../../../../../core/api/outputs'
import type { DrawRecord } from '../../../../../core/domain/workspace'

type WithoutCampaign<T> = T extends unknown ? Omit<T, 'campaignId'> : never

export type ConflictDecisionInput = WithoutCampaign<In<'conflicts.decide'>>
export type AssignmentChange = WithoutCampaign<In<'assignments.change'>>
export type CampaignSettingsInput = WithoutCampaign<In<'campaigns.updateSettings'>>
export type AutoAssignInput = WithoutCampaign<In<'assignments.autoAssign'>>
export type PreviewDrawInput = WithoutCampaign<In<'assignments.previewDraw'>>

/** 回避, 专家组 and 承诺书 of the open campaign (issue 4). */
export interface PanelSlice {
  /** conflicts.list of a campaign */
  conflicts: { campaignId: string; rows: ConflictRow[] } | null
  /** assignments.get of a campaign */
  assignment: (AssignmentView & { campaignId: string }) | null

  loadConflicts: () => Promise<void>
  decideConflict: (input: ConflictDecisionInput) => Promise<void>
  loadAssignments: () => Promise<void>
  /** what the draw would change (nothing is written); its seed reproduces exactly this draw */
  previewDraw: (input: PreviewDrawInput) => Promise<DrawPreview>
  /** runs the seeded draw; resolves with its record (seed, resultHash) */
  autoAssign: (input: AutoAssignInput) => Promise<DrawRecord>
  changeAssignment: (input: AssignmentChange) => Promise<void>
  /** panel rules, 盲评, name; conflicts are read again since their years may have changed */
  updateCampaignSettings: (input: CampaignSettingsInput) => Promise<void>
  /** signs the 承诺书, with 申请回避 per assigned submission (each with its reason) */
  acceptPledge: (expertId: string, declaration: string, conflicts?: Array<{ submissionId: string; reason: string }>) => Promise<void>
}

export const initialPanelState = { conflicts: null, assignment: null } satisfies Partial<PanelSlice>
