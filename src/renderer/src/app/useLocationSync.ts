import { useEffect } from 'react'
import { sessionSelectors, useActions, useWorkbench } from '../stores'
import { parseRoute, routeHash } from '../lib/route'

/** Restores the place from the address once, then keeps the address in step with the store. */
export function useLocationSync(): void {
  const page = useWorkbench(sessionSelectors.page)
  const campaignId = useWorkbench(sessionSelectors.campaignId)
  const tab = useWorkbench(sessionSelectors.campaignTab)
  const { openCampaign, goExperts } = useActions()

  useEffect(() => {
    const r = parseRoute(window.location.hash)
    if (r.page === 'campaign' && r.campaignId) openCampaign(r.campaignId, r.tab)
    else if (r.page === 'experts') goExperts()
  }, [openCampaign, goExperts])

  useEffect(() => {
    const hash = routeHash({ page, campaignId: campaignId ?? undefined, tab })
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash)
  }, [page, campaignId, tab])
}
