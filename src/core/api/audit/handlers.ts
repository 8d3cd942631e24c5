import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { loadCampaign } from '../shared/load'

export function auditHandlers({ store }: HandlerDeps) {
  return {
    'audit.list': async ({ campaignId }) => {
      await loadCampaign(store, campaignId)
      const log = store.audit(campaignId)
      return { entries: await log.read(), chain: await log.verify() }
    },
  } satisfies HandlersOf<'audit'>
}
