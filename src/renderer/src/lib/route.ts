import { CAMPAIGN_TABS, type CampaignTab, type Page } from '../stores'

export interface Route {
  page: Page
  campaignId?: string
  tab?: CampaignTab
  /** 评分: the expert acted as, and the sheet open for that expert */
  expertId?: string
  submissionId?: string
}

const ID = '[A-Za-z0-9_-]{1,64}'

/**
 * Where the window is, kept in the address's hash so a reload (Ctrl+R in Electron, F5 in browser
 * mode) comes back to the same view and Back/Forward move between views inside the app:
 * #/campaign/<id>/<tab>, #/campaign/<id>/scoring/<expert>/<submission>, #/experts. The token stays in the query.
 */
export function routeHash(r: Route): string {
  if (r.page === 'campaign' && r.campaignId) {
    const tab = r.tab ?? 'overview'
    const base = `#/campaign/${r.campaignId}/${tab}`
    if (tab !== 'scoring' || !r.expertId) return base
    return r.submissionId ? `${base}/${r.expertId}/${r.submissionId}` : `${base}/${r.expertId}`
  }
  if (r.page === 'experts') return '#/experts'
  if (r.page === 'verify') return '#/verify'
  return '#/'
}

export function parseRoute(hash: string): Route {
  if (hash === '#/experts') return { page: 'experts' }
  if (hash === '#/verify') return { page: 'verify' }
  const m = new RegExp(`^#/campaign/(${ID})(?:/([a-z]+)(?:/(${ID})(?:/(${ID}))?)?)?$`).exec(hash)
  if (m) {
    const tab = (CAMPAIGN_TABS as readonly string[]).includes(m[2] ?? '') ? (m[2] as CampaignTab) : 'overview'
    const route: Route = { page: 'campaign', campaignId: m[1], tab }
    if (tab === 'scoring' && m[3]) {
      route.expertId = m[3]
      if (m[4]) route.submissionId = m[4]
    }
    return route
  }
  return { page: 'campaigns' }
}
