import type { ReviewKind } from '../../domain/rubric'
import type { Campaign } from '../../domain/workspace'

export interface CampaignCard {
  id: string
  name: string
  kind: ReviewKind
  kindLabel: string
  createdAt: string
  submissionCount: number
  expertCount: number
  /** 评分进度 (core/scoring/progress.ts): submitted of expected sheets, expected following the drawn panels */
  sheetsSubmitted: number
  sheetsExpected: number
  /** set when campaign.json cannot be read; the card is shown as damaged */
  damaged?: string
  /** 归档: when and why; an archived campaign is shown only in the 已归档 view */
  archived?: { at: string; reason: string }
}

export interface CampaignsOutputs {
  'campaigns.list': CampaignCard[]
  'campaigns.get': Campaign
  'campaigns.create': Campaign
  'campaigns.addExperts': Campaign
  'campaigns.updateSettings': Campaign
  'campaigns.archive': Campaign
  'campaigns.restore': Campaign
}
