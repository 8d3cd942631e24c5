import { open, readFile, writeFile } from 'node:fs/promises'
import { run } from './intakeMaterials'

/** `Cached:` of /proc/meminfo in bytes (the page cache), or NaN when it cannot be read. */
async function pageCacheBytes(): Promise<number> {
  const text = await readFile('/proc/meminfo', 'utf8').catch(() => '')
  const m = /^Cached:\s+(\d+) kB/m.exec(text)
  return m ? Number(m[1]) * 1024 : Number.NaN
}

/** `sync; echo 3 > /proc/sys/vm/drop_caches`: false when refused (not root, read-only /proc in a container). */
export async function dropCaches(): Promise<boolean> {
  try {
    await run('sync', [])
    await writeFile('/proc/sys/vm/drop_caches', '3')
    return true
  } catch {
    return false
  }
}

/**
 * Reads every file once, so the next measurement starts with them in the page cache. Through one 1 MB
 * buffer: a whole-file readFile of the 300 MB zip left a 300 MB garbage Buffer whose external-memory
 * pressure made V8 collect again and again during the import that followed (1.3–1.8× slower, measured).
 */
export async function warmUp(paths: readonly string[]): Promise<void> {
  const buf = Buffer.allocUnsafe(1024 * 1024)
  for (const p of paths) {
    const fh = await open(p, 'r')
    try {
      while ((await fh.read(buf, 0, buf.length, null)).bytesRead > 0);
    } finally {
      await fh.close()
    }
  }
}

/**
 * Whether cold-cache runs are possible: the files are read into the cache, the caches dropped, and
 * the page cache must shrink by at least half of the files' bytes (a write that is accepted but
 * ignored would not). Says what happened, for the output.
 */
export async function probeColdCache(paths: readonly string[], bytes: number): Promise<{ cold: boolean; note: string }> {
  await warmUp(paths)
  const before = await pageCacheBytes()
  if (!(await dropCaches())) return { cold: false, note: 'drop_caches refused: all runs warm-cache (after a warm-up read)' }
  const freed = before - (await pageCacheBytes())
  const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`
  if (!(freed >= bytes / 2)) return { cold: false, note: `drop_caches accepted but freed only ${mb(freed)}: all runs warm-cache` }
  return { cold: true, note: `drop_caches works (freed ${mb(freed)} of page cache); the VM's host may still cache the disk` }
}
