import type { TemplateInfo, WorkspaceInfo } from '../../../../../core/api/outputs'
import type { CollaborationGroup } from '../../../../../core/domain/workspace'
import type { ExpertWorkspaceInfo } from '../../../../../core/domain/expertWorkspace'

export type Page = 'campaigns' | 'experts' | 'campaign' | 'verify'

/** Campaign tabs in the order work happens (docs/design/screens.md). */
export const CAMPAIGN_TABS = ['overview', 'rubric', 'submissions', 'experts', 'scoring', 'calibration', 'results', 'decisions', 'reports', 'diagnosis', 'audit'] as const
export type CampaignTab = (typeof CAMPAIGN_TABS)[number]

export interface SessionSlice {
  page: Page
  campaignId: string | null
  campaignTab: CampaignTab
  workspace: WorkspaceInfo | null
  groups: CollaborationGroup[]
  templates: TemplateInfo[]
  /** set when the workspace could not be read at start */
  bootError: string | null
  booted: boolean
  /** an expert's own workspace, opened from an expert package (issue 11): the app shows expert mode */
  expertWorkspace: ExpertWorkspaceInfo | null

  boot: () => Promise<void>
  goCampaigns: () => void
  goExperts: () => void
  /** 验证文书 (issue 11) */
  goVerify: () => void
  openCampaign: (campaignId: string, tab?: CampaignTab) => void
  setCampaignTab: (tab: CampaignTab) => void
  /** 协作组 master data: each call stores through the core, then the list is read again */
  addGroup: (name: string) => Promise<void>
  renameGroup: (groupId: CollaborationGroup['id'], name: string) => Promise<void>
  retireGroup: (groupId: CollaborationGroup['id'], retired: boolean) => Promise<void>
}

export const initialSessionState = {
  page: 'campaigns',
  campaignId: null,
  campaignTab: 'overview',
  workspace: null,
  groups: [],
  templates: [],
  bootError: null,
  booted: false,
  expertWorkspace: null,
} satisfies Partial<SessionSlice>
