import { useEffect, useRef } from 'react'
import { scoringSelectors, sessionSelectors, useActions, useWorkbench, type WorkbenchActions } from '../stores'
import { parseRoute, routeHash, type Route } from '../lib/route'

/** Moves the store to a route read from the address (start, reload, Back/Forward). */
function applyRoute(r: Route, a: WorkbenchActions, current: { campaignId: string | null; expertId: string | null; submissionId: string | null }): void {
  if (r.page === 'experts') return a.goExperts()
  if (r.page === 'verify') return a.goVerify()
  if (r.page !== 'campaign' || !r.campaignId) return a.goCampaigns()
  a.openCampaign(r.campaignId, r.tab)
  const sameCampaign = current.campaignId === r.campaignId
  const expertId = r.expertId ?? null
  if (r.tab !== 'scoring') return
  if (!sameCampaign || current.expertId !== expertId) {
    if (expertId || current.expertId) a.setActingExpert(expertId)
  } else if (!r.submissionId && current.submissionId) {
    a.closeSheet()
  }
  if (r.submissionId && (!sameCampaign || current.expertId !== expertId || current.submissionId !== r.submissionId)) {
    void a.openSheet(r.submissionId).catch(() => undefined)
  }
}

/**
 * Restores the view from the address once, then keeps the address in step with the store: each new
 * view is a history entry (Back and Forward stay inside the app), and a Back/Forward moves the store.
 */
export function useLocationSync(): void {
  const page = useWorkbench(sessionSelectors.page)
  const campaignId = useWorkbench(sessionSelectors.campaignId)
  const tab = useWorkbench(sessionSelectors.campaignTab)
  const expertId = useWorkbench(scoringSelectors.actingExpertId)
  const submissionId = useWorkbench(scoringSelectors.openKey)?.submissionId ?? null
  // useActions() is the store's current state: read it through a ref so the listener is set up once
  const actions = useRef(useActions())
  actions.current = useActions()
  const restored = useRef(false)
  const now = useRef({ campaignId, expertId, submissionId })
  now.current = { campaignId, expertId, submissionId }

  useEffect(() => {
    const apply = () => applyRoute(parseRoute(window.location.hash), actions.current, now.current)
    apply()
    window.addEventListener('popstate', apply)
    return () => window.removeEventListener('popstate', apply)
  }, [])

  useEffect(() => {
    // the first render still shows the store before the address was applied: nothing to record yet
    if (!restored.current) {
      restored.current = true
      return
    }
    const hash = routeHash({ page, campaignId: campaignId ?? undefined, tab, expertId: expertId ?? undefined, submissionId: submissionId ?? undefined })
    // compared as routes: the start address (no hash) already is the list, and must stay one entry
    if (routeHash(parseRoute(window.location.hash)) !== hash) window.history.pushState(null, '', hash)
  }, [page, campaignId, tab, expertId, submissionId])
}
