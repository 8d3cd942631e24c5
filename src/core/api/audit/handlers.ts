import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { loadCampaign } from '../shared/load'
import type { AuditCheck } from './outputs'

export function auditHandlers({ store }: HandlerDeps) {
  return {
    'audit.list': async ({ campaignId }) => {
      await loadCampaign(store, campaignId)
      const log = store.audit(campaignId)
      return { entries: await log.read(), chain: await log.verify() }
    },
    // every campaign folder, a damaged campaign.json included: the log is evidence of its own
    'audit.verify': async () => {
      const out: AuditCheck[] = []
      for (const id of await store.campaignIds()) {
        const name = await store.campaignShard(id).then((s) => s.data.campaign.name, () => null)
        const log = store.audit(id)
        // verify first: it appends what the outboxes owe the log (storage/auditOutbox.ts), moving the head
        const verdict = await log.verify()
        const head = await log.readHead()
        out.push({ campaignId: id, name, verdict, headCount: head && head !== 'damaged' ? head.count : null })
      }
      return out
    },
  } satisfies HandlersOf<'audit'>
}
