import type { In } from '../../../../../core/api/contract'
import type { CampaignCard, CampaignDetail } from '../../../../../core/api/outputs'
import type { Campaign, Submission } from '../../../../../core/domain/workspace'

export type NewSubmission = Omit<In<'submissions.add'>, 'campaignId'>

export interface CampaignsSlice {
  campaignCards: CampaignCard[]
  cardsLoaded: boolean
  /** the open campaign, as campaigns.get returned it */
  campaign: Campaign | null
  /** the 承诺书 text experts sign, as campaigns.get delivered it */
  pledgeText: CampaignDetail['pledgeText'] | null

  loadCampaigns: () => Promise<void>
  loadCampaign: (campaignId: string) => Promise<void>
  createCampaign: (input: In<'campaigns.create'>) => Promise<Campaign>
  addExpertsToCampaign: (expertIds: string[]) => Promise<Campaign>
  addSubmission: (input: NewSubmission) => Promise<Submission>
}

export const initialCampaignsState = {
  campaignCards: [],
  cardsLoaded: false,
  campaign: null,
  pledgeText: null,
} satisfies Partial<CampaignsSlice>
