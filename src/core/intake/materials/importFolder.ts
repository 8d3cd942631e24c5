import { constants as fsc } from 'node:fs'
import { lstat, open } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { WorkbenchError } from '../../domain/errors'
import { intakeError, throwIfCancelled } from '../intakeError'
import { MSG } from '../messages'
import { IngestSession } from './session'
import { resolveLimits, type ImportPlan, type MaterialsImportOptions } from './types'
import { walkFolder, type WalkedFile } from './walkFolder'
import { mapConcurrent } from '../../util/mapConcurrent'

export interface FolderImportOptions extends MaterialsImportOptions {
  /** test seam: runs after a file is hashed and before it is checked for changes */
  hooks?: { afterHash?(absPath: string): void | Promise<void> }
}

/** O_NOFOLLOW: a file swapped for a symlink after the walk is not followed; O_NONBLOCK: a FIFO swapped in does not hang. */
const OPEN_FLAGS = fsc.O_RDONLY | (fsc.O_NOFOLLOW ?? 0) | (fsc.O_NONBLOCK ?? 0)
const READ_CHUNK = 1024 * 1024

/**
 * Imports the files under a folder into the attachment store and returns the plan
 * (docs/design/hostile-inputs.md, "folders": a symlink to a system folder, a cycle, 10,000 files, an unreadable
 * file, a file changed while importing).
 *
 * walkFolder() lists everything first without following links and applies the caps; then each file
 * is opened (not following a symlink swapped in), streamed into the store, and compared with what the
 * walk saw: size and mtime before hashing, after hashing, and the number of bytes hashed must all
 * agree, or the import is refused — a plan must describe the bytes the user chose. An unreadable file
 * refuses the whole import with its name. Refusal or cancellation deletes what this import added.
 */
export async function importFolder(dirPath: string, opts: FolderImportOptions): Promise<ImportPlan> {
  const root = resolve(dirPath)
  const label = basename(root)
  const limits = resolveLimits(opts)
  const checkCancelled = () => throwIfCancelled(opts.signal, MSG.cancelled)
  checkCancelled()
  const rootStat = await lstat(root).catch(() => undefined)
  if (!rootStat?.isDirectory()) throw intakeError('FOLDER_NOT_A_DIRECTORY', MSG.folderNotDirectory(label))
  const walk = await walkFolder(root, label, limits, checkCancelled)
  if (walk.files.length === 0) throw intakeError('FOLDER_EMPTY', MSG.folderEmpty(label), { skipped: walk.skipped })

  const plan: ImportPlan = { files: [], skipped: [...walk.skipped], problems: [...walk.problems] }
  const session = new IngestSession(opts.store, opts, walk.totalBytes)
  try {
    await session.begin()
    const outs = await mapConcurrent(walk.files, IngestSession.CONCURRENCY, (f) => {
      session.checkCancelled()
      return ingestOne(f, session, label, limits.maxFileBytes, opts.hooks)
    })
    // a cancel that came while the last files were being stored still cancels
    session.checkCancelled()
    for (const out of outs) {
      if (out.file) plan.files.push(out.file)
      else plan.skipped.push(out.skipped)
    }
    if (plan.files.length === 0) throw intakeError('FOLDER_EMPTY', MSG.folderEmpty(label), { skipped: plan.skipped })
    await session.finish()
    return plan
  } catch (e) {
    await session.rollback()
    throw e
  }
}

async function ingestOne(f: WalkedFile, session: IngestSession, label: string, maxFileBytes: number, hooks: FolderImportOptions['hooks']) {
  const changed = () => intakeError('FOLDER_FILE_CHANGED', MSG.folderFileChanged(label, f.rel), { path: f.rel })
  let fh
  try {
    fh = await open(f.abs, OPEN_FLAGS)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') throw intakeError('FOLDER_UNREADABLE', MSG.folderUnreadable(label, f.rel), { path: f.rel })
    if (code === 'ENOENT' || code === 'ELOOP') throw changed()
    throw e
  }
  try {
    const before = await fh.stat()
    if (!before.isFile() || before.size !== f.size || before.mtimeMs !== f.mtimeMs || before.ino !== f.ino) throw changed()
    const stream = fh.createReadStream({ start: 0, highWaterMark: READ_CHUNK, autoClose: false })
    let out
    try {
      out = await session.ingest(stream, { name: f.name, path: f.path, label: `${label}/${f.rel}`, maxBytes: maxFileBytes })
    } catch (e) {
      if (e instanceof WorkbenchError) throw e
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'EACCES' || code === 'EPERM' || code === 'EIO') throw intakeError('FOLDER_UNREADABLE', MSG.folderUnreadable(label, f.rel), { path: f.rel })
      throw e
    }
    await hooks?.afterHash?.(f.abs)
    const after = await fh.stat()
    const now = await lstat(f.abs).catch(() => undefined)
    if (out.size !== f.size || after.size !== f.size || after.mtimeMs !== f.mtimeMs) throw changed()
    if (!now || !now.isFile() || now.ino !== f.ino || now.size !== f.size || now.mtimeMs !== f.mtimeMs) throw changed()
    return out
  } finally {
    await fh.close()
  }
}
