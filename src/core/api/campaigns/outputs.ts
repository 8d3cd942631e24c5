import type { ReviewKind } from '../../domain/rubric'
import type { Campaign } from '../../domain/workspace'
import type { PledgeText } from '../../domain/pledge'

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

/** campaigns.get: the campaign, with the 承诺书 its experts sign (core/domain/pledge.ts) for the renderer to show */
export interface CampaignDetail extends Campaign {
  pledgeText: PledgeText
}

export interface CampaignsOutputs {
  'campaigns.list': CampaignCard[]
  'campaigns.get': CampaignDetail
  'campaigns.create': Campaign
  'campaigns.addExperts': Campaign
  'campaigns.updateSettings': Campaign
  'campaigns.archive': Campaign
  'campaigns.restore': Campaign
}
