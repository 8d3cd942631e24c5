import { AsyncLocalStorage } from 'node:async_hooks'
import type { CampaignId } from '../../domain/ids'
import type { WorkspaceStore } from '../../storage/workspaceStore'
import { serialQueue } from '../../util/serialQueue'

/**
 * Check-then-write handlers, one at a time (the second window, the double click, two doors at once).
 * A handler that reads the campaign, checks a rule and then writes (publish, open a 校准会, record a
 * vote, archive …) runs its whole check + write inside the campaign's queue, so the check of a second
 * identical call sees what the first one wrote and refuses it (or finds nothing to do) — instead of
 * both passing the same check and writing twice. One queue per campaign, shared by every namespace;
 * work that spans the workspace (a new campaign, removing an expert, restoring a backup) takes the
 * workspace's queue. Score saves (sheets.*) are not queued: put() with the expected version already
 * refuses the second of two concurrent saves of one sheet.
 *
 * Re-entrant: a queued handler that calls another queued handler of the same key runs it at once
 * instead of waiting for itself.
 */
const queue = serialQueue<string>()
const held = new AsyncLocalStorage<ReadonlySet<string>>()

function run<T>(key: string, work: () => Promise<T>): Promise<T> {
  const mine = held.getStore()
  if (mine?.has(key)) return work()
  return queue(key, () => held.run(new Set([...(mine ?? []), key]), work))
}

/** Runs `work` when no other queued call of this campaign is running. */
export function oneAtATimeInCampaign<T>(store: WorkspaceStore, campaignId: CampaignId, work: () => Promise<T>): Promise<T> {
  return run(`${store.root}\u0000campaign\u0000${campaignId}`, work)
}

/** Runs `work` when no other workspace-wide queued call is running (campaigns.create, experts.remove …). */
export function oneAtATimeInWorkspace<T>(store: WorkspaceStore, work: () => Promise<T>): Promise<T> {
  return run(`${store.root}\u0000workspace`, work)
}

/**
 * Wraps a handler whose input names a campaign so that it runs one at a time in that campaign.
 * (Generic over the handler's own input and output types, so `satisfies HandlersOf<…>` still checks it.)
 */
export function inCampaignQueue<I extends { campaignId: CampaignId }, O>(store: WorkspaceStore, handler: (input: I) => Promise<O>): (input: I) => Promise<O> {
  return (input) => oneAtATimeInCampaign(store, input.campaignId, () => handler(input))
}
