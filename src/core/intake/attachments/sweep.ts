import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { AttachmentStore } from './store'

/**
 * Deletes blobs no submission references, and temp files a crash left in `attachments/.staging`.
 * A cancelled or refused import already removes what it added; this catches the rest (a crash
 * mid-import, a submission deleted later). Content-addressed blobs are harmless while unreferenced
 * (docs/design/architecture.md), so sweeping is housekeeping, not correctness. Run it only while no import is in
 * flight: an import's blobs are unreferenced until the caller commits them.
 */
export async function sweepUnreferenced(
  store: AttachmentStore,
  referencedShas: Iterable<string>,
  opts: { stagingOlderThanMs?: number } = {},
): Promise<{ removed: string[]; staleTemps: number }> {
  const keep = new Set(referencedShas)
  const removed = (await store.list()).filter((sha) => !keep.has(sha))
  if (removed.length > 0) await store.remove(...removed)
  const olderThan = opts.stagingOlderThanMs ?? 60 * 60 * 1000
  let staleTemps = 0
  let names: string[] = []
  try {
    names = await readdir(store.stagingDir)
  } catch {
    names = []
  }
  for (const n of names) {
    const p = join(store.stagingDir, n)
    const s = await stat(p).catch(() => undefined)
    if (s?.isFile() && Date.now() - s.mtimeMs >= olderThan) {
      await rm(p, { force: true })
      staleTemps++
    }
  }
  return { removed, staleTemps }
}
