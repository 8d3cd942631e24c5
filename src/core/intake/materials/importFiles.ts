import { openRegularFile } from '../files/openRegular'
import { intakeError } from '../intakeError'
import { MSG } from '../messages'
import { sanitizeDisplayName } from './displayName'
import { IngestSession } from './session'
import { resolveLimits, type ImportPlan, type MaterialsImportOptions } from './types'
import { mapConcurrent } from '../../util/mapConcurrent'

/** One file the user chose: where its bytes are, and its name as the user knows it (an upload is stored as up-<id>). */
export interface SingleFile {
  path: string
  name: string
}

/**
 * Imports single files (PDFs, images, .docx …) into the attachment store, with the checks of a zip
 * import (docs/design/hostile-inputs.md): each file must be a regular file within the per-file cap
 * (checked on the opened handle before a byte is read), the files together within the total cap, and
 * its type is sniffed from content and checked against the allowed types (session.ts) — a file that
 * fails the type check is listed in `skipped`, not stored. A refusal or cancellation removes what
 * this import added.
 */
export async function importFiles(files: readonly SingleFile[], opts: MaterialsImportOptions): Promise<ImportPlan> {
  const limits = resolveLimits(opts)
  if (files.length > limits.maxEntries) throw intakeError('FOLDER_TOO_MANY_FILES', `一次最多添加 ${limits.maxEntries} 个文件。`)
  const opened = []
  try {
    let total = 0
    for (const f of files) {
      const o = await openRegularFile(f.path, f.name, limits.maxFileBytes, () => intakeError('FILE_TOO_LARGE', MSG.fileTooLarge(f.name, limits.maxFileBytes), { file: f.name }))
      opened.push({ ...f, ...o })
      total += o.size
      if (total > limits.maxTotalBytes) throw intakeError('FOLDER_TOO_LARGE', MSG.folderTooLarge('所选文件', limits.maxTotalBytes))
    }
    const plan: ImportPlan = { files: [], skipped: [], problems: [] }
    const session = new IngestSession(opts.store, opts, total)
    try {
      await session.begin()
      const shown = opened.map((f) => sanitizeDisplayName(f.name))
      for (const [i, f] of opened.entries()) {
        if (shown[i]!.changed) plan.problems.push({ path: shown[i]!.name, message: `文件名「${f.name}」含有不可显示的字符，已改为「${shown[i]!.name}」。` })
      }
      const outs = await mapConcurrent(opened, IngestSession.CONCURRENCY, (f, i) => {
        const { name } = shown[i]!
        return session.ingest(f.fh.createReadStream({ start: 0, autoClose: false }), { name, path: name, label: name, maxBytes: limits.maxFileBytes })
      })
      // a cancel that came while the last files were being stored still cancels
      session.checkCancelled()
      for (const out of outs) {
        if (out.file) plan.files.push(out.file)
        else plan.skipped.push(out.skipped)
      }
      await session.finish()
      return plan
    } catch (e) {
      await session.rollback()
      throw e
    }
  } finally {
    for (const o of opened) await o.fh.close()
  }
}
