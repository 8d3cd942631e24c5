import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { DURABLE_TEMP_RE } from './durableWrite'
import { storageIo } from './io'
import { LOCK_CLAIM_RE, pidAlive } from './lock'

/** Folders never walked: content-addressed blobs (their own temp folder is swept by name). */
const SKIP = new Set(['attachments', '.staging'])

/**
 * Removes the temp files a killed process left in a workspace: durable-write temps
 * (`.<name>.<pid>.<n>.tmp`) anywhere in the workspace's folders, lock claims of processes that are
 * gone, uploads of an earlier session (`.staging/uploads/`) and partial blobs
 * (`attachments/.staging/*.part`). Runs when a workspace is opened, after its lock is taken, so no
 * other process writes there.
 */
export async function sweepTempFiles(root: string): Promise<string[]> {
  const removed: string[] = []
  const io = storageIo()
  async function walk(dir: string, depth: number): Promise<void> {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      const p = join(dir, e.name)
      if (e.isDirectory()) {
        if (depth < 4 && !(depth === 0 && SKIP.has(e.name))) await walk(p, depth + 1)
      } else if (e.isFile() && DURABLE_TEMP_RE.test(e.name)) {
        await io.unlink(p)
        removed.push(p)
      } else if (depth === 0 && e.isFile()) {
        const claim = LOCK_CLAIM_RE.exec(e.name)
        if (claim && !pidAlive(Number(claim[1]))) {
          await io.unlink(p)
          removed.push(p)
        }
      }
    }
  }
  await walk(root, 0)
  for (const [dir, keep] of [
    [join(root, '.staging', 'uploads'), (n: string) => !/^up-[0-9a-f]{16}$/.test(n)],
    [join(root, 'attachments', '.staging'), (n: string) => !n.endsWith('.part')],
  ] as const) {
    const names = await readdir(dir).catch(() => [] as string[])
    for (const n of names) {
      if (keep(n)) continue
      await io.unlink(join(dir, n))
      removed.push(join(dir, n))
    }
  }
  return removed
}
