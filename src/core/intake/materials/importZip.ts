import { basename } from 'node:path'
import type { FileHandle } from 'node:fs/promises'
import { WorkbenchError } from '../../domain/errors'
import { intakeError, throwIfCancelled } from '../intakeError'
import { MSG } from '../messages'
import { wrongKindMessage, wrongKindReason } from '../files/describe'
import { openRegularFile } from '../files/openRegular'
import { SNIFF_BYTES, sniffKind } from '../files/sniff'
import { classifyZipError, ZipReader } from '../files/zipReader'
import { IngestSession } from './session'
import { mapConcurrent } from '../../util/mapConcurrent'
import { resolveLimits, type ImportPlan, type MaterialsImportOptions } from './types'
import { scanZip, type ScannedFile } from './zipScan'

/**
 * Imports the files of a zip into the attachment store and returns the plan (docs/design/hostile-inputs.md, "Zip").
 *
 * The file is opened once and checked to be a regular file no larger than the caps allow
 * (files/openRegular.ts: /dev/zero or a FIFO is refused before a byte is read), and its head
 * sniffed (files/sniff.ts: a PDF or an old .xls under a .zip name is told what it is). Then two
 * passes: scanZip() runs the one zip guard over the central directory and every local header
 * (caps, names, overlapping entries) before anything is inflated; then the accepted entries are read (a few at a time)
 * in 1 MB chunks, inflated and streamed into the store, hashed as it is written (one pass), where
 * the byte count stops an entry that inflates to more than it declared (a lying header) and a CRC-32
 * check catches corrupted data that still inflates (files/zipReader.ts entryData).
 * Each stored file's type is sniffed; types outside the allow-list are skipped and deleted.
 *
 * Any refusal or cancellation deletes every blob this import added, so `attachments/` is left as it was.
 * Refusals: 0 entries → "压缩包中没有文件"; only skipped entries → "没有可导入的文件"; plus those of
 * scanZip(). Names are display data only (displayName.ts); nothing is ever written under an entry's name.
 * Runs in-process but never blocks: all reads are async and streamed (a caller may move it to a worker).
 */
export async function importZip(zipPath: string, opts: MaterialsImportOptions): Promise<ImportPlan> {
  const zipLabel = opts.label ?? basename(zipPath)
  const limits = resolveLimits(opts)
  throwIfCancelled(opts.signal, MSG.cancelled)
  // a stored zip holds its files plus headers: the total cap with room for the directory
  const maxZipBytes = limits.maxTotalBytes + Math.max(64 * 1024 * 1024, limits.maxEntries * 1024)
  const { fh } = await openRegularFile(zipPath, zipLabel, maxZipBytes, () => intakeError('ZIP_TOO_LARGE', MSG.zipTooLarge(zipLabel, limits.maxTotalBytes)))
  try {
    return await importOpenedZip(fh, zipLabel, limits, opts)
  } finally {
    await fh.close()
  }
}

async function importOpenedZip(fh: FileHandle, zipLabel: string, limits: ReturnType<typeof resolveLimits>, opts: MaterialsImportOptions): Promise<ImportPlan> {
  const head = Buffer.alloc(SNIFF_BYTES)
  const { bytesRead } = await fh.read(head, 0, SNIFF_BYTES, 0)
  const kind = sniffKind(head.subarray(0, bytesRead), zipLabel)
  if (kind !== 'zip' && kind !== 'xlsx' && kind !== 'docx' && kind !== 'pptx' && kind !== 'unknown') {
    throw intakeError(wrongKindReason(kind), wrongKindMessage(kind, zipLabel, '有效的 zip 压缩包'), { file: zipLabel, kind })
  }
  let reader: ZipReader
  try {
    reader = await ZipReader.open(fh)
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
    let failedAt: ScannedFile | undefined
    try {
      await session.begin()
      const outs = await mapConcurrent(scan.files, IngestSession.CONCURRENCY, async (f) => {
        try {
          session.checkCancelled()
          const stream = reader.entryData(f.entry.entry, f.entry.dataStart)
          return await session.ingest(stream, { name: f.name, path: f.path, label: f.path, maxBytes: limits.maxFileBytes })
        } catch (e) {
          failedAt ??= f
          throw e
        }
      })
      // a cancel that came while the last files were being stored still cancels
      session.checkCancelled()
      for (const out of outs) {
        if (out.file) plan.files.push(out.file)
        else plan.skipped.push(out.skipped)
      }
      if (plan.files.length === 0) throw intakeError('ZIP_NOTHING_IMPORTABLE', MSG.zipNothingImportable(zipLabel, plan.skipped.length), { skipped: plan.skipped })
      await session.finish()
      return plan
    } catch (e) {
      await session.rollback()
      throw entryError(e, zipLabel, failedAt?.path)
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
