import { useEffect } from 'react'
import type { ExpertWorkspaceInfo } from '../../../../core/domain/expertWorkspace'
import { scoringSelectors, sessionSelectors, useActions, useWorkbench } from '../../stores'

/**
 * Keeps an expert workspace where an expert works (issue 11: none of the secretariat's pages): the
 * campaign of the package, its 评分 view, acting as the package's expert. Any other place — an old
 * address, Back to the campaign list, a secretariat tab's route — is sent back here; an open sheet stays.
 */
export function useExpertPlace(info: ExpertWorkspaceInfo): void {
  const page = useWorkbench(sessionSelectors.page)
  const campaignId = useWorkbench(sessionSelectors.campaignId)
  const tab = useWorkbench(sessionSelectors.campaignTab)
  const actingExpertId = useWorkbench(scoringSelectors.actingExpertId)
  const { openCampaign, setActingExpert } = useActions()
  useEffect(() => {
    if (page !== 'campaign' || campaignId !== info.campaignId || tab !== 'scoring') openCampaign(info.campaignId, 'scoring')
    else if (actingExpertId !== info.expertId) setActingExpert(info.expertId)
  }, [page, campaignId, tab, actingExpertId, info.campaignId, info.expertId, openCampaign, setActingExpert])
}
