import { randomBytes } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { WorkbenchError } from '../domain/errors'
import { storageIo, writeAll } from './io'

export interface LockOwner {
  pid: number
  host: string
  startedAt: string
  door: string
  /** the owner process's start time as the kernel counts it (Linux), to tell a reused pid apart */
  procStart?: string
  /** unique per lock taken: names the takeover guard of exactly this lock */
  token?: string
}

const LOCK_FILE = '.lock'
/** A lock taker's own file before it is linked into place: `.lock-claim-<pid>-<hex>`. */
export const LOCK_CLAIM_RE = /^\.lock-claim-(\d+)-[0-9a-f]+$/
/** An unreadable lock (a crash of an old build between create and write) counts as stale after this. */
const UNREADABLE_STALE_MS = 10_000
/** Guards nest (a guard whose taker died has its own guard); deeper than this is not a real situation. */
const MAX_DEPTH = 4

export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Start time of a process in clock ticks since boot (field 22 of /proc/<pid>/stat); undefined off Linux. */
function procStart(pid: number): string | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return text.slice(text.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}

/**
 * One process owns a workspace (docs/design/architecture.md: two lowdb instances on one file lose saves).
 *
 * Taking `.lock` is atomic: the owner record (pid, start time, host, door) is written and fsynced to
 * a claim file of our own, which is then link()ed to `.lock` — link fails with EEXIST if the lock is
 * held, and a lock is never seen half-written (the old open-then-write let a second taker read an
 * empty `.lock`, call it stale and delete it: two owners in 5 of 20 trials). A lock is stale only
 * when its owner's pid is gone on this host (or is a different process with a reused pid). Removing
 * a stale lock is itself guarded: only the taker that holds `.lock.takeover-<token>` (taken the same
 * way) may remove it, and only after reading under that guard that `.lock` is still that stale lock.
 */
export async function acquireLock(root: string, door: string): Promise<() => Promise<void>> {
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    door,
    procStart: procStart(process.pid),
    token: randomBytes(8).toString('hex'),
  }
  return take(root, join(root, LOCK_FILE), me, 0)
}

async function take(root: string, path: string, me: LockOwner, depth: number): Promise<() => Promise<void>> {
  const io = storageIo()
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await claim(root, path, me)) {
      return async () => {
        // release only our own lock (a same-process reopen may have taken it over meanwhile)
        const owner = await readOwner(path)
        if (owner?.token === me.token) await io.unlink(path)
      }
    }
    const held = await inspect(path)
    if (held === 'gone') continue
    if (!held.stale) {
      const owner = held.owner
      if (depth > 0) throw new WorkbenchError('WORKSPACE_LOCKED', '另一个进程正在接管该工作区的锁，请稍后重试。')
      throw new WorkbenchError(
        'WORKSPACE_LOCKED',
        owner
          ? `该工作区正被另一个工作台进程使用（进程 ${owner.pid}，${owner.door}，主机 ${owner.host}，自 ${owner.startedAt} 起）。请先关闭它再打开。`
          : '该工作区正被另一个工作台进程使用，请先关闭它再打开。',
        { details: { owner } },
      )
    }
    if (depth >= MAX_DEPTH) break
    // a stale lock: remove it under its own takeover guard, then try to claim again
    const release = await take(root, `${path}.takeover-${held.id}`, me, depth + 1)
    try {
      const again = await inspect(path)
      if (again !== 'gone' && again.stale && again.id === held.id) await io.unlink(path)
    } finally {
      await release()
    }
  }
  throw new WorkbenchError('WORKSPACE_LOCKED', '无法取得工作区锁，请稍后重试。')
}

/** Writes our owner record to a claim file and links it to `path`; false if `path` exists. */
async function claim(root: string, path: string, me: LockOwner): Promise<boolean> {
  const io = storageIo()
  const tmp = join(root, `.lock-claim-${process.pid}-${randomBytes(6).toString('hex')}`)
  const fh = await io.open(tmp, 'wx')
  try {
    await writeAll(fh, Buffer.from(JSON.stringify(me)))
    await fh.sync()
  } finally {
    await fh.close()
  }
  try {
    await io.link(tmp, path)
    await io.syncDir(root)
    return true
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw e
  } finally {
    await io.unlink(tmp).catch(() => undefined)
  }
}

type Held = { owner: LockOwner | null; stale: boolean; id: string }

/** Who holds `path`, and whether that holder is gone; 'gone' if nobody holds it any more. */
async function inspect(path: string): Promise<Held | 'gone'> {
  let st
  try {
    st = await stat(path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'gone'
    throw e
  }
  const owner = await readOwner(path)
  if (!owner) {
    // written by an older build (open, then write): only a crash leaves it unreadable for long
    return { owner: null, stale: Date.now() - st.mtimeMs > UNREADABLE_STALE_MS, id: `i${st.ino}-${Math.floor(st.mtimeMs)}` }
  }
  const here = owner.host === hostname()
  let stale = false
  if (here) {
    if (owner.pid === process.pid) {
      // our own process: a store of this process that was not closed (same-process reopen)
      stale = owner.procStart === undefined || owner.procStart === procStart(process.pid)
    } else if (!pidAlive(owner.pid)) {
      stale = true
    } else if (owner.procStart !== undefined) {
      const now = procStart(owner.pid)
      stale = now !== undefined && now !== owner.procStart
    }
  }
  return { owner, stale, id: owner.token ?? `i${st.ino}-${Math.floor(st.mtimeMs)}` }
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const v = JSON.parse(await readFile(path, 'utf8')) as LockOwner
    return v && typeof v.pid === 'number' && typeof v.host === 'string' ? v : null
  } catch {
    return null
  }
}
