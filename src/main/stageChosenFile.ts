import { createWriteStream } from 'node:fs'
import { rm, stat } from 'node:fs/promises'
import { basename, isAbsolute } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { WorkbenchApi } from '../core/api/contract'
import { ApiError } from '../core/api/client'
import type { Envelope } from '../core/api/envelope'
import { WorkbenchError } from '../core/domain/errors'
import { openRegularFile } from '../core/intake/files/openRegular'
import { MAX_UPLOAD_BYTES, Uploads } from '../core/storage/uploads'

/** What the renderer gets back for a file chosen in main's dialog: never its path. */
export interface StagedFile {
  uploadId: string
  name: string
  size: number
}

/**
 * Copies a file the user chose in main's own dialog into the workspace's uploads, under the same rules as
 * an upload from the renderer (regular files only, checked on the opened handle; at most 4 GB), and
 * returns its uploadId: roster and materials imports then name it exactly as they name a browser upload.
 * Only `size` bytes are copied, so a file that grows while being read cannot exceed the cap; one that
 * shrinks is caught when the import asks for the finished upload. Kept free of electron for unit tests.
 */
export async function stageChosenFile(wb: { api: Pick<WorkbenchApi, 'uploads.begin'>; store: { root: string } }, path: string): Promise<StagedFile> {
  const name = basename(path)
  const { fh, size } = await openRegularFile(path, name, MAX_UPLOAD_BYTES, () => new WorkbenchError('INVALID_INPUT', `文件「${name}」超过 4 GB，无法上传。`))
  let dest: string | undefined
  try {
    const { uploadId } = await wb.api['uploads.begin']({ name, size })
    dest = new Uploads(wb.store.root).path(uploadId)
    if (size > 0) {
      await pipeline(fh.createReadStream({ start: 0, end: size - 1, autoClose: false, highWaterMark: 1024 * 1024 }), createWriteStream(dest, { flags: 'r+' }))
    }
    return { uploadId, name, size }
  } catch (e) {
    if (dest) await rm(dest, { force: true })
    throw e
  } finally {
    await fh.close()
  }
}

/** The dialog options the renderer may ask for, checked: a few named filters of plain extensions. */
export interface OpenFilesOptions {
  filters: { name: string; extensions: string[] }[]
  multiple: boolean
}

export function openFilesOptions(input: unknown): OpenFilesOptions {
  const o = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>
  const raw = Array.isArray(o.filters) ? o.filters.slice(0, 10) : []
  const filters = raw.flatMap((f) => {
    const r = (f && typeof f === 'object' ? f : {}) as Record<string, unknown>
    const extensions = (Array.isArray(r.extensions) ? r.extensions : []).filter((x): x is string => typeof x === 'string' && /^[A-Za-z0-9]{1,10}$/.test(x)).slice(0, 20)
    const name = typeof r.name === 'string' ? r.name.slice(0, 60) : ''
    return name && extensions.length ? [{ name, extensions }] : []
  })
  return { filters, multiple: o.multiple === true }
}

/**
 * Stages every chosen file in order; the answer is an envelope (never a thrown error across IPC). On a
 * refusal the files staged before it are removed again, so a half-taken choice leaves nothing behind.
 */
export async function stageChosenFiles(wb: Parameters<typeof stageChosenFile>[0], paths: string[]): Promise<Envelope<StagedFile[]>> {
  const staged: StagedFile[] = []
  try {
    for (const p of paths) staged.push(await stageChosenFile(wb, p))
    return { ok: true, value: staged }
  } catch (e) {
    for (const s of staged) await rm(new Uploads(wb.store.root).path(s.uploadId), { force: true })
    if (e instanceof WorkbenchError || e instanceof ApiError) return { ok: false, error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } }
    return { ok: false, error: { code: 'INTERNAL', message: `无法读取所选文件：${(e as Error).message}` } }
  }
}

/**
 * Why a dropped item cannot be staged, or null: a File the page made itself has no path (''), and a
 * folder cannot be uploaded as one file (issue 15: the user is told to zip it, or to use the command line).
 */
export async function droppedPathProblem(path: unknown): Promise<{ code: 'INVALID_INPUT'; message: string } | null> {
  if (typeof path !== 'string' || path === '' || !isAbsolute(path)) {
    return { code: 'INVALID_INPUT', message: '只能拖入本机磁盘上的文件。' }
  }
  const s = await stat(path).catch(() => null)
  if (s?.isDirectory()) {
    return { code: 'INVALID_INPUT', message: `「${basename(path)}」是文件夹：请把材料文件夹压缩为 .zip 后再拖入（或用命令行 import materials 导入文件夹）。` }
  }
  return null
}
