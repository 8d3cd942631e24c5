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
  /** removal (refused while scored; the refusal is rethrown with its Chinese message) */
  removeSubmission: (submissionId: string, reason: string) => Promise<void>
  removeMaterial: (input: Omit<In<'materials.remove'>, 'campaignId'>) => Promise<void>
  /** 归档 / 恢复 from the campaign list */
  archiveCampaign: (campaignId: string, reason: string) => Promise<void>
  restoreCampaign: (campaignId: string) => Promise<void>
}

export const initialCampaignsState = {
  campaignCards: [],
  cardsLoaded: false,
  campaign: null,
  pledgeText: null,
} satisfies Partial<CampaignsSlice>
