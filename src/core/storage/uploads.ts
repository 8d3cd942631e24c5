import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises'
import { storageIo, writeAll } from './io'
import { storageError } from './storageError'
import { join } from 'node:path'
import { WorkbenchError } from '../domain/errors'

/** Largest file one upload may carry (a materials zip). */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024 * 1024
/** Uploads older than this are swept when the workspace opens. */
const STALE_MS = 24 * 3600 * 1000

/**
 * Files sent by the renderer in chunks through the ordinary API (the same for IPC and HTTP), staged
 * in `.staging/uploads/<id>` inside the workspace and never read whole into memory. An import reads
 * the staged file, then the upload is deleted.
 */
export class Uploads {
  private readonly sizes = new Map<string, { name: string; size: number; received: number }>()

  constructor(private readonly root: string) {}

  private dir(): string {
    return join(this.root, '.staging', 'uploads')
  }

  path(id: string): string {
    if (!/^up-[0-9a-f]{16}$/.test(id)) throw new WorkbenchError('INVALID_INPUT', `上传编号 ${id} 无效。`)
    return join(this.dir(), id)
  }

  async begin(name: string, size: number): Promise<string> {
    if (size > MAX_UPLOAD_BYTES) throw new WorkbenchError('INVALID_INPUT', `文件「${name}」超过 4 GB，无法上传。`)
    await mkdir(this.dir(), { recursive: true })
    const id = `up-${randomBytes(8).toString('hex')}`
    await (await open(this.path(id), 'wx')).close()
    this.sizes.set(id, { name, size, received: 0 })
    return id
  }

  /** Appends one chunk at `offset`; chunks must arrive in order. */
  async chunk(id: string, offset: number, bytes: Uint8Array): Promise<number> {
    const u = this.sizes.get(id)
    if (!u) throw new WorkbenchError('NOT_FOUND', `上传 ${id} 不存在或已结束。`)
    if (offset !== u.received) throw new WorkbenchError('INVALID_INPUT', `上传数据不连续（应从 ${u.received} 字节处继续，收到 ${offset}）。`)
    if (u.received + bytes.length > u.size) throw new WorkbenchError('INVALID_INPUT', '上传的数据超过了声明的文件大小。')
    const fh = await storageIo().open(this.path(id), 'r+')
    try {
      // at the offset received so far: a chunk that failed half-way (a full disk) is written over when retried
      await writeAll(fh, bytes, u.received)
    } catch (e) {
      await fh.truncate(u.received).catch(() => undefined)
      throw storageError(e)
    } finally {
      await fh.close()
    }
    u.received += bytes.length
    return u.received
  }

  /** The staged file once every byte has arrived. */
  async finished(id: string): Promise<{ path: string; name: string; size: number }> {
    const u = this.sizes.get(id)
    if (!u) throw new WorkbenchError('NOT_FOUND', `上传 ${id} 不存在或已结束。`)
    const st = await stat(this.path(id))
    if (st.size !== u.size) throw new WorkbenchError('INVALID_INPUT', `文件「${u.name}」尚未上传完整（${st.size}/${u.size} 字节）。`)
    return { path: this.path(id), name: u.name, size: u.size }
  }

  async discard(id: string): Promise<void> {
    this.sizes.delete(id)
    await rm(this.path(id), { force: true })
  }

  /** Deletes uploads left by an earlier session (crash, closed window). */
  async sweep(now = Date.now()): Promise<void> {
    let names: string[] = []
    try {
      names = await readdir(this.dir())
    } catch {
      return
    }
    for (const n of names) {
      const p = join(this.dir(), n)
      const st = await stat(p).catch(() => null)
      if (st && now - st.mtimeMs > STALE_MS && !this.sizes.has(n)) await rm(p, { force: true })
    }
  }
}
