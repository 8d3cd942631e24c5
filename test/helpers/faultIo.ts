import { cp, readdir, rm, stat, truncate } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { nodeIo, setStorageIo, type IoHandle, type StorageIo } from '../../src/core/storage/io'

function errno(code: string, call: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated fault, ${call}`), { code })
}

/**
 * A disk that holds `free` more bytes: a write beyond that is cut short (a short write, like a real
 * full disk), the next one fails with ENOSPC. `setFree(Infinity)` is space returning. `failSync`
 * makes every fsync fail with that code (EIO after a bad sector) until cleared.
 */
export function installFullDisk(free: number) {
  const state = { free, failSync: null as string | null, writes: 0, faults: 0 }
  const wrap = (h: IoHandle): IoHandle => ({
    path: h.path,
    async write(buf, offset, length, position) {
      state.writes++
      if (state.free <= 0) {
        state.faults++
        throw errno('ENOSPC', 'write')
      }
      const n = await h.write(buf, offset, Math.min(length, state.free), position)
      state.free -= n
      return n
    },
    async sync() {
      if (state.failSync) throw errno(state.failSync, 'fsync')
      return h.sync()
    },
    async datasync() {
      if (state.failSync) throw errno(state.failSync, 'fdatasync')
      return h.datasync()
    },
    truncate: (len) => h.truncate(len),
    size: () => h.size(),
    close: () => h.close(),
  })
  const io: StorageIo = { ...nodeIo, open: async (p, f) => wrap(await nodeIo.open(p, f)) }
  const restore = setStorageIo(io)
  return {
    state,
    setFree(n: number) {
      state.free = n
    },
    restore,
  }
}

/**
 * Records what reached the disk durably, to build the folder a power loss would leave: a file's
 * bytes survive only if fsynced after its last write, a new name (create, rename, link) only if its
 * folder was fsynced afterwards. Files changed after `install` by anything that did not go through
 * storage's io (e.g. a plain copyFile) count as never fsynced.
 */
export function installPowerLoss(root: string) {
  const t0 = Date.now() - 1
  const synced = new Set<string>()
  const newNames = new Set<string>()
  const wrap = (h: IoHandle): IoHandle => ({
    path: h.path,
    async write(buf, offset, length, position) {
      synced.delete(h.path)
      return h.write(buf, offset, length, position)
    },
    async sync() {
      await h.sync()
      synced.add(h.path)
    },
    async datasync() {
      await h.datasync()
      synced.add(h.path)
    },
    async truncate(len) {
      synced.delete(h.path)
      await h.truncate(len)
    },
    size: () => h.size(),
    close: () => h.close(),
  })
  const io: StorageIo = {
    ...nodeIo,
    async open(p, flags) {
      const existed = await stat(p).then(() => true, () => false)
      const h = await nodeIo.open(p, flags)
      if (!existed) newNames.add(p)
      if (flags === 'w' || flags === 'wx') synced.delete(p)
      return wrap(h)
    },
    async rename(from, to) {
      await nodeIo.rename(from, to)
      if (synced.has(from)) synced.add(to)
      else synced.delete(to)
      synced.delete(from)
      newNames.add(to)
    },
    async link(a, b) {
      await nodeIo.link(a, b)
      if (synced.has(a)) synced.add(b)
      newNames.add(b)
    },
    async syncDir(dir) {
      await nodeIo.syncDir(dir)
      for (const n of [...newNames]) if (dirname(n) === dir) newNames.delete(n)
    },
  }
  const restore = setStorageIo(io)
  return {
    restore,
    /** Copies `root` to `to` as a power loss now would leave it. */
    async crashImage(to: string): Promise<void> {
      await cp(root, to, { recursive: true })
      async function walk(dir: string): Promise<void> {
        for (const e of await readdir(dir, { withFileTypes: true })) {
          const p = join(dir, e.name)
          if (e.isDirectory()) {
            await walk(p)
            continue
          }
          const orig = join(root, relative(to, p))
          if (newNames.has(orig)) {
            await rm(p)
            continue
          }
          if ((await stat(orig)).mtimeMs >= t0 && !synced.has(orig)) await truncate(p, 0)
        }
      }
      await walk(to)
    },
  }
}
