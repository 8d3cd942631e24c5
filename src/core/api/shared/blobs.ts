import { AttachmentStore } from '../../intake/attachments'
import type { WorkspaceStore } from '../../storage/workspaceStore'
import type { TaskRegistry } from '../tasks'

/** Every sha256 a submission of any campaign still links to (archived campaigns included). */
export async function referencedBlobs(store: WorkspaceStore): Promise<Set<string>> {
  const refs = new Set<string>()
  for (const id of await store.campaignIds()) {
    const c = await store.campaignShard(id).then((s) => s.data.campaign, () => null)
    // a campaign that cannot be read may still reference anything: keep every blob
    if (!c) return new Set(await new AttachmentStore(store.root).list())
    for (const s of c.submissions) for (const m of s.materials) refs.add(m.sha256)
  }
  return refs
}

/**
 * After a material link was removed: deletes those blobs no submission references any more. Skipped
 * while a materials import runs (its staged blobs are unreferenced until it commits); a blob left
 * behind is harmless and the next import's sweep removes it.
 */
export async function dropUnreferencedBlobs(store: WorkspaceStore, tasks: TaskRegistry, shas: Iterable<string>): Promise<string[]> {
  if (tasks.isRunning('materials.import')) return []
  const refs = await referencedBlobs(store)
  const gone = [...new Set(shas)].filter((sha) => !refs.has(sha))
  if (gone.length) await new AttachmentStore(store.root).remove(...gone)
  return gone
}
