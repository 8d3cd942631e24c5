import type { WorkbenchState } from '../../types'

export const campaignsSelectors = {
  cards: (s: WorkbenchState) => s.campaignCards,
  cardsLoaded: (s: WorkbenchState) => s.cardsLoaded,
  /** the open campaign, only once it is the one the session points at */
  campaign: (s: WorkbenchState) => (s.campaign && s.campaign.id === s.campaignId ? s.campaign : null),
}
