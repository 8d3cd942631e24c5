import { intakeError } from '../intakeError'
import { MSG } from '../messages'
import { entryName } from '../zip/entryName'
import { compressionRatio, entryFileType, isEncryptedEntry, isSupportedMethod, isUnsafeArchivePath } from '../zip/entryRules'
import { classifyZipError, unsafeNameFromError, type ZipEntry, type ZipReader } from '../zip/zipReader'
import { sanitizeDisplayPath, stripInvisible } from './displayName'
import { hasArchiveExtension, isSystemFile, type ImportProblem, type ResolvedLimits, type SkippedEntry } from './types'

export interface ScannedFile {
  entry: ZipEntry
  name: string
  path: string
}

export interface ZipScan {
  files: ScannedFile[]
  skipped: SkippedEntry[]
  problems: ImportProblem[]
  /** declared uncompressed bytes of the files to be stored */
  totalBytes: number
}

/**
 * First pass over a zip: reads the central directory only, so every cap of docs/design/hostile-inputs.md
 * ("caps on total uncompressed size, per-entry size, entry count and compression ratio, checked
 * before inflating") is applied before one byte is decompressed.
 *
 * Refuses the whole archive for: an unsafe name (zip-slip: `..`, absolute, drive letter, backslash
 * tricks), an encrypted entry, an unsupported compression method, an entry over the per-file cap,
 * a ratio over the cap (bomb), a total over the cap, too many entries, a stored entry whose two
 * sizes disagree, or a corrupt directory. Skips (and lists) symlinks, devices, system files and
 * nested archives; directories are skipped silently.
 */
export async function scanZip(reader: ZipReader, zipLabel: string, limits: ResolvedLimits, checkCancelled: () => void): Promise<ZipScan> {
  const scan: ZipScan = { files: [], skipped: [], problems: [], totalBytes: 0 }
  let count = 0
  for (;;) {
    checkCancelled()
    let entry: ZipEntry | null
    try {
      entry = await reader.nextEntry()
    } catch (e) {
      throw zipDirectoryError(e, zipLabel)
    }
    if (!entry) break
    if (++count > limits.maxEntries) throw intakeError('ZIP_TOO_MANY_ENTRIES', MSG.zipTooManyEntries(zipLabel, count, limits.maxEntries))
    const raw = entryName(entry)
    if (isUnsafeArchivePath(raw)) throw intakeError('ZIP_UNSAFE_PATH', MSG.zipUnsafePath(zipLabel, visible(raw)), { entry: visible(raw) })
    const rawSegments = raw.split('/')
    const display = sanitizeDisplayPath(rawSegments)
    const type = entryFileType(entry)
    if (type === 'directory') continue
    const skip = (reason: SkippedEntry['reason'], message: string) => scan.skipped.push({ path: display.path, reason, message })
    if (type === 'symlink') {
      skip('SYMLINK', MSG.skip.symlink)
      continue
    }
    if (type === 'special') {
      skip('SPECIAL_FILE', MSG.skip.special)
      continue
    }
    if (isSystemFile(rawSegments)) {
      skip('SYSTEM_FILE', MSG.skip.systemFile)
      continue
    }
    if (hasArchiveExtension(display.name)) {
      skip('NESTED_ARCHIVE', MSG.skip.nestedArchive)
      continue
    }
    if (isEncryptedEntry(entry)) throw intakeError('ZIP_ENCRYPTED', MSG.zipEncrypted(zipLabel, display.path), { entry: display.path })
    if (!isSupportedMethod(entry)) {
      throw intakeError('ZIP_UNSUPPORTED_METHOD', MSG.zipUnsupportedMethod(zipLabel, display.path, entry.compressionMethod), { entry: display.path })
    }
    if (entry.uncompressedSize > limits.maxFileBytes) {
      throw intakeError('ZIP_ENTRY_TOO_LARGE', MSG.zipEntryTooLarge(zipLabel, display.path, entry.uncompressedSize, limits.maxFileBytes), { entry: display.path })
    }
    const ratio = compressionRatio(entry, limits.ratioMinBytes)
    if (ratio > limits.maxRatio) throw intakeError('ZIP_RATIO', MSG.zipRatio(zipLabel, display.path, ratio, limits.maxRatio), { entry: display.path })
    scan.totalBytes += entry.uncompressedSize
    if (scan.totalBytes > limits.maxTotalBytes) throw intakeError('ZIP_TOO_LARGE', MSG.zipTooLarge(zipLabel, limits.maxTotalBytes))
    if (display.changed) scan.problems.push({ path: display.path, message: MSG.nameSanitised(display.name) })
    scan.files.push({ entry, name: display.name, path: display.path })
  }
  return scan
}

/** A name as it may be shown inside a message: control and bidi characters made harmless. */
export function visible(raw: string): string {
  return stripInvisible(raw).slice(0, 200)
}

/** Maps an error from reading the central directory to a refusal. */
function zipDirectoryError(e: unknown, zipLabel: string): Error {
  switch (classifyZipError(e)) {
    case 'unsafePath': {
      const name = visible(unsafeNameFromError(e) ?? '')
      return intakeError('ZIP_UNSAFE_PATH', MSG.zipUnsafePath(zipLabel, name), { entry: name })
    }
    case 'sizeMismatch':
      return intakeError('ZIP_SIZE_MISMATCH', MSG.zipSizeMismatch(zipLabel), { cause: String(e) })
    case 'corrupt':
      return intakeError('ZIP_CORRUPT', MSG.zipCorrupt(zipLabel), { cause: String(e) })
  }
}
