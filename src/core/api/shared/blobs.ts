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
    for (const m of c.unmatchedMaterials) refs.add(m.sha256)
  }
  return refs
}

/**
 * Who is storing blobs in a workspace and who deletes them. An import's blobs are unreferenced until
 * it commits, so a sweep (of an import that just finished, or after a removal) must not run while
 * another import stores files: it would delete them, and that import would then commit materials
 * whose files are gone. Imports (`storingBlobs`) run side by side; a sweep (`sweepWhenIdle`) runs only
 * when none does — otherwise it is skipped, and the last import to finish sweeps — and an import that
 * starts during a sweep waits for it (a blob it finds already there may be one the sweep deletes).
 */
const storing = new Map<string, number>()
const sweeping = new Map<string, Promise<unknown>>()

export async function storingBlobs<T>(store: WorkspaceStore, work: () => Promise<T>): Promise<T> {
  const key = store.root
  for (let s = sweeping.get(key); s; s = sweeping.get(key)) await s.catch(() => undefined)
  storing.set(key, (storing.get(key) ?? 0) + 1)
  try {
    return await work()
  } finally {
    const left = storing.get(key)! - 1
    if (left) storing.set(key, left)
    else storing.delete(key)
  }
}

/** Runs `sweep` unless an import is storing blobs or another sweep runs; undefined when skipped. */
export async function sweepWhenIdle<T>(store: WorkspaceStore, sweep: () => Promise<T>): Promise<T | undefined> {
  const key = store.root
  if (storing.has(key) || sweeping.has(key)) return undefined
  const p = sweep()
  sweeping.set(key, p)
  try {
    return await p
  } finally {
    sweeping.delete(key)
  }
}

/**
 * After a material link was removed: deletes those blobs nothing references any more. Skipped while
 * an import stores blobs (sweepWhenIdle); a blob left behind is harmless and the next import's sweep
 * removes it.
 */
export async function dropUnreferencedBlobs(store: WorkspaceStore, tasks: TaskRegistry, shas: Iterable<string>): Promise<string[]> {
  if (tasks.isRunning('materials.import')) return []
  const gone = await sweepWhenIdle(store, async () => {
    const refs = await referencedBlobs(store)
    const unreferenced = [...new Set(shas)].filter((sha) => !refs.has(sha))
    if (unreferenced.length) await new AttachmentStore(store.root).remove(...unreferenced)
    return unreferenced
  })
  return gone ?? []
}
