import { stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { WorkbenchError } from '../../domain/errors'
import type { Uploads } from '../../storage/uploads'

/** A file source as inputs carry it (see shared/fields.ts `fileSource`). */
export type FileSource = { uploadId: string } | { path: string }

/** The local file behind a source: a finished upload, or a path the caller chose. */
export async function sourceFile(uploads: Uploads, source: FileSource): Promise<{ path: string; name: string }> {
  if ('uploadId' in source) {
    const u = await uploads.finished(source.uploadId)
    return { path: u.path, name: u.name }
  }
  const path = resolve(source.path)
  if (!(await stat(path).catch(() => null))) throw new WorkbenchError('NOT_FOUND', `文件 ${path} 不存在。`)
  return { path, name: basename(path) }
}
