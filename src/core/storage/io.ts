import { link, mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'

/**
 * The file-system calls that change workspace data, in one replaceable place. Every write path of
 * storage (durable writes, journal and audit appends, backups, the lock, the attachment store) goes
 * through `storageIo()`, so a test can make a write fail after N bytes (a full disk) or record which
 * bytes were made durable (a power loss) without touching the real file system's behaviour.
 */
export interface IoHandle {
  readonly path: string
  /** Writes up to `length` bytes at `position` (null: the current position). May write fewer (a short write). */
  write(buf: Uint8Array, offset: number, length: number, position?: number | null): Promise<number>
  sync(): Promise<void>
  datasync(): Promise<void>
  truncate(len: number): Promise<void>
  size(): Promise<number>
  close(): Promise<void>
}

export interface StorageIo {
  open(path: string, flags: 'w' | 'wx' | 'a' | 'r+' | 'r'): Promise<IoHandle>
  rename(from: string, to: string): Promise<void>
  link(existing: string, newPath: string): Promise<void>
  unlink(path: string): Promise<void>
  mkdirp(path: string): Promise<void>
  /** fsync of a folder, so a rename or a new entry in it is on disk */
  syncDir(dir: string): Promise<void>
}

class NodeHandle implements IoHandle {
  constructor(
    readonly path: string,
    private readonly fh: FileHandle,
  ) {}
  async write(buf: Uint8Array, offset: number, length: number, position?: number | null): Promise<number> {
    return (await this.fh.write(buf, offset, length, position ?? null)).bytesWritten
  }
  sync(): Promise<void> {
    return this.fh.sync()
  }
  datasync(): Promise<void> {
    return this.fh.datasync()
  }
  truncate(len: number): Promise<void> {
    return this.fh.truncate(len)
  }
  async size(): Promise<number> {
    return (await this.fh.stat()).size
  }
  close(): Promise<void> {
    return this.fh.close()
  }
}

export const nodeIo: StorageIo = {
  async open(path, flags) {
    return new NodeHandle(path, await open(path, flags))
  },
  rename,
  link,
  unlink: (p) => rm(p, { force: true }),
  async mkdirp(p) {
    await mkdir(p, { recursive: true })
  },
  async syncDir(dir) {
    const fh = await open(dir, 'r')
    try {
      await fh.sync()
    } finally {
      await fh.close()
    }
  },
}

let current: StorageIo = nodeIo

export function storageIo(): StorageIo {
  return current
}

/** Replaces the file-system calls (tests only); returns a function that puts the previous ones back. */
export function setStorageIo(io: StorageIo): () => void {
  const before = current
  current = io
  return () => {
    current = before
  }
}

/** Writes all of `buf` through `fh`, looping over short writes; a write that makes no progress is an error. */
export async function writeAll(fh: IoHandle, buf: Uint8Array, position: number | null = null): Promise<void> {
  let off = 0
  while (off < buf.length) {
    const n = await fh.write(buf, off, buf.length - off, position === null ? null : position + off)
    if (n <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    off += n
  }
}
