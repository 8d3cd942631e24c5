import { basename } from 'node:path'
import { WorkbenchError } from '../../domain/errors'
import { intakeError, throwIfCancelled } from '../intakeError'
import { MSG } from '../messages'
import { classifyZipError, ZipReader } from '../zip/zipReader'
import { IngestSession } from './session'
import { resolveLimits, type ImportPlan, type MaterialsImportOptions } from './types'
import { scanZip, type ScannedFile } from './zipScan'

/**
 * Imports the files of a zip into the attachment store and returns the plan (docs/design/hostile-inputs.md, "Zip").
 *
 * Two passes over one yauzl handle (zip/zipReader.ts for the options): scanZip() reads the central
 * directory and applies every cap and name rule before anything is inflated; then each accepted
 * entry is streamed into the store, where yauzl's validateEntrySizes stops an entry that inflates to
 * more than it declared (a lying header) and a CRC-32 check (zipReader.entryStream) catches corrupted
 * data that still inflates.
 * Each stored file's type is sniffed; types outside the allow-list are skipped and deleted.
 *
 * Any refusal or cancellation deletes every blob this import added, so `attachments/` is left as it was.
 * Refusals: 0 entries → "压缩包中没有文件"; only skipped entries → "没有可导入的文件"; plus those of
 * scanZip(). Names are display data only (displayName.ts); nothing is ever written under an entry's name.
 * Runs in-process but never blocks: all reads are async and streamed (a caller may move it to a worker).
 */
export async function importZip(zipPath: string, opts: MaterialsImportOptions): Promise<ImportPlan> {
  const zipLabel = basename(zipPath)
  const limits = resolveLimits(opts)
  throwIfCancelled(opts.signal, MSG.cancelled)
  let reader: ZipReader
  try {
    reader = await ZipReader.open(zipPath)
  } catch (e) {
    throw intakeError('ZIP_CORRUPT', MSG.zipCorrupt(zipLabel), { cause: String(e) })
  }
  try {
    if (reader.entryCount > limits.maxEntries) {
      throw intakeError('ZIP_TOO_MANY_ENTRIES', MSG.zipTooManyEntries(zipLabel, reader.entryCount, limits.maxEntries))
    }
    if (reader.entryCount === 0) throw intakeError('ZIP_EMPTY', MSG.zipEmpty(zipLabel))
    const scan = await scanZip(reader, zipLabel, limits, () => throwIfCancelled(opts.signal, MSG.cancelled))
    if (scan.files.length === 0) {
      if (scan.skipped.length === 0) throw intakeError('ZIP_EMPTY', MSG.zipEmpty(zipLabel))
      throw intakeError('ZIP_NOTHING_IMPORTABLE', MSG.zipNothingImportable(zipLabel, scan.skipped.length), { skipped: scan.skipped })
    }
    const plan: ImportPlan = { files: [], skipped: [...scan.skipped], problems: [...scan.problems] }
    const session = new IngestSession(opts.store, opts, scan.totalBytes)
    let current: ScannedFile | undefined
    try {
      await session.begin()
      for (const f of scan.files) {
        current = f
        session.checkCancelled()
        const stream = await reader.entryStream(f.entry)
        const out = await session.ingest(stream, { name: f.name, path: f.path, label: f.path, maxBytes: limits.maxFileBytes })
        if (out.file) plan.files.push(out.file)
        else plan.skipped.push(out.skipped)
      }
      if (plan.files.length === 0) throw intakeError('ZIP_NOTHING_IMPORTABLE', MSG.zipNothingImportable(zipLabel, plan.skipped.length), { skipped: plan.skipped })
      await session.finish()
      return plan
    } catch (e) {
      await session.rollback()
      throw entryError(e, zipLabel, current?.path)
    }
  } finally {
    reader.close()
  }
}

/** Maps an error while inflating an entry: our own refusals pass through; yauzl/zlib errors are named. */
function entryError(e: unknown, zipLabel: string, entry: string | undefined): Error {
  if (e instanceof WorkbenchError) return e
  const name = entry ?? ''
  if (classifyZipError(e) === 'sizeMismatch') return intakeError('ZIP_SIZE_MISMATCH', MSG.zipSizeMismatch(zipLabel, name), { entry: name, cause: String(e) })
  if (isFsError(e)) return e as Error
  return intakeError('ZIP_CORRUPT', MSG.zipEntryCorrupt(zipLabel, name), { entry: name, cause: String(e) })
}

/** Errors of the workspace disk (full, read-only): not the zip's fault, passed on unchanged. */
function isFsError(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) && (e as NodeJS.ErrnoException).syscall !== undefined
}
