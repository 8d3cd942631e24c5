import { CAMPAIGN_TABS, type CampaignTab, type Page } from '../stores'

export interface Route {
  page: Page
  campaignId?: string
  tab?: CampaignTab
}

/**
 * Where the window is, kept in the address's hash (#/campaign/<id>/<tab>, #/experts) so a reload
 * (Ctrl+R in Electron, F5 in browser mode) comes back to the same place. The token stays in the query.
 */
export function routeHash(r: Route): string {
  if (r.page === 'campaign' && r.campaignId) return `#/campaign/${r.campaignId}/${r.tab ?? 'overview'}`
  if (r.page === 'experts') return '#/experts'
  return '#/'
}

export function parseRoute(hash: string): Route {
  if (hash === '#/experts') return { page: 'experts' }
  const m = /^#\/campaign\/([A-Za-z0-9_-]{1,64})(?:\/([a-z]+))?$/.exec(hash)
  if (m) {
    const tab = (CAMPAIGN_TABS as readonly string[]).includes(m[2] ?? '') ? (m[2] as CampaignTab) : 'overview'
    return { page: 'campaign', campaignId: m[1], tab }
  }
  return { page: 'campaigns' }
}
