import { open, readFile, rm } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { WorkbenchError } from '../domain/errors'

export interface LockOwner {
  pid: number
  host: string
  startedAt: string
  door: string
}

const LOCK_FILE = '.lock'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * One process owns a workspace (docs/design/architecture.md: two lowdb instances on one file lose saves).
 * Takes `.lock`; a lock left by a process that no longer runs on this host is taken over.
 */
export async function acquireLock(root: string, door: string): Promise<() => Promise<void>> {
  const path = join(root, LOCK_FILE)
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), door }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(path, 'wx')
      await fh.writeFile(JSON.stringify(me))
      await fh.sync()
      await fh.close()
      return async () => {
        await rm(path, { force: true })
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const owner = await readOwner(path)
      if (owner && owner.pid !== process.pid && (owner.host !== me.host || alive(owner.pid))) {
        throw new WorkbenchError(
          'WORKSPACE_LOCKED',
          `该工作区正被另一个工作台进程使用（进程 ${owner.pid}，${owner.door}，主机 ${owner.host}，自 ${owner.startedAt} 起）。请先关闭它再打开。`,
          { details: { owner } },
        )
      }
      await rm(path, { force: true })
    }
  }
  throw new WorkbenchError('WORKSPACE_LOCKED', '无法取得工作区锁，请稍后重试。')
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const v = JSON.parse(await readFile(path, 'utf8')) as LockOwner
    return typeof v.pid === 'number' ? v : null
  } catch {
    return null
  }
}
