import { intakeError } from '../intakeError'
import { MSG } from '../messages'
import { guardZip, ZipGuardError, type GuardedEntry, type ZipViolation } from '../files/zipGuard'
import type { ZipReader } from '../files/zipReader'
import { nameCollisions, showCodePoints } from './collisions'
import { sanitizeDisplayPath, stripInvisible } from './displayName'
import { hasArchiveExtension, isSystemFile, type ImportProblem, type ResolvedLimits, type SkippedEntry } from './types'

export interface ScannedFile {
  entry: GuardedEntry
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

const SKIP_MESSAGE: Record<'SYMLINK' | 'SPECIAL_FILE' | 'SYSTEM_FILE' | 'NESTED_ARCHIVE', string> = {
  SYMLINK: MSG.skip.symlink,
  SPECIAL_FILE: MSG.skip.special,
  SYSTEM_FILE: MSG.skip.systemFile,
  NESTED_ARCHIVE: MSG.skip.nestedArchive,
}

/**
 * First pass over a materials zip: the one zip guard (files/zipGuard.ts) reads the central
 * directory and every local header, so every cap of docs/design/hostile-inputs.md — entry count, per-entry and
 * total size, per-entry and whole-archive ratio, overlapping entries, encryption, method, names — is
 * applied before one byte is decompressed. Skips (and lists) symlinks, devices, system files and
 * nested archives; directories are skipped silently. Violations become refusals naming the zip.
 */
export async function scanZip(reader: ZipReader, zipLabel: string, limits: ResolvedLimits, checkCancelled: () => void): Promise<ZipScan> {
  const scan: ZipScan = { files: [], skipped: [], problems: [], totalBytes: 0 }
  let guarded
  try {
    guarded = await guardZip(
      reader,
      {
        maxEntries: limits.maxEntries,
        maxEntryBytes: limits.maxFileBytes,
        maxTotalBytes: limits.maxTotalBytes,
        maxRatio: limits.maxRatio,
        ratioMinBytes: limits.ratioMinBytes,
        maxArchiveRatio: limits.maxArchiveRatio,
        archiveRatioMinBytes: limits.archiveRatioMinBytes,
      },
      {
        checkCancelled,
        visible,
        classify: (g) => {
          if (g.type === 'symlink') return 'SYMLINK'
          if (g.type === 'special') return 'SPECIAL_FILE'
          const segments = g.name.split('/')
          if (isSystemFile(segments)) return 'SYSTEM_FILE'
          if (hasArchiveExtension(sanitizeDisplayPath(segments).name)) return 'NESTED_ARCHIVE'
          return 'keep'
        },
      },
    )
  } catch (e) {
    if (e instanceof ZipGuardError) throw zipRefusal(e.violation, zipLabel, limits)
    throw e
  }
  for (const { g, why } of guarded.skipped) {
    const reason = why as keyof typeof SKIP_MESSAGE
    scan.skipped.push({ path: sanitizeDisplayPath(g.name.split('/')).path, reason, message: SKIP_MESSAGE[reason] })
  }
  for (const g of guarded.kept) {
    const display = sanitizeDisplayPath(g.name.split('/'))
    if (display.changed) scan.problems.push({ path: display.path, message: MSG.nameSanitised(display.name) })
    scan.files.push({ entry: g, name: display.name, path: display.path })
  }
  scan.problems.push(...nameCollisions(guarded.kept.map((g, i) => ({ path: scan.files[i]!.path, original: showCodePoints(g.name).slice(0, 300) }))))
  scan.totalBytes = guarded.totalBytes
  return scan
}

/** A name as it may be shown inside a message: control and bidi characters made harmless. */
export function visible(raw: string): string {
  return stripInvisible(raw).slice(0, 200)
}

/** A guard violation as the refusal a user reads (every message names the zip). */
export function zipRefusal(v: ZipViolation, zipLabel: string, limits: ResolvedLimits): Error {
  switch (v.kind) {
    case 'corrupt':
      return v.entry
        ? intakeError('ZIP_CORRUPT', MSG.zipEntryCorrupt(zipLabel, v.entry), { entry: v.entry, cause: v.cause })
        : intakeError('ZIP_CORRUPT', MSG.zipCorrupt(zipLabel), { cause: v.cause })
    case 'tooManyEntries':
      return intakeError('ZIP_TOO_MANY_ENTRIES', MSG.zipTooManyEntries(zipLabel, v.count, limits.maxEntries))
    case 'unsafePath':
      return intakeError('ZIP_UNSAFE_PATH', MSG.zipUnsafePath(zipLabel, v.entry), { entry: v.entry })
    case 'encrypted':
      return intakeError('ZIP_ENCRYPTED', MSG.zipEncrypted(zipLabel, v.entry), { entry: v.entry })
    case 'unsupportedMethod':
      return intakeError('ZIP_UNSUPPORTED_METHOD', MSG.zipUnsupportedMethod(zipLabel, v.entry, v.method), { entry: v.entry })
    case 'sizeMismatch':
      return intakeError('ZIP_SIZE_MISMATCH', MSG.zipSizeMismatch(zipLabel, v.entry), { entry: v.entry })
    case 'entryTooLarge':
      return intakeError('ZIP_ENTRY_TOO_LARGE', MSG.zipEntryTooLarge(zipLabel, v.entry, v.size, limits.maxFileBytes), { entry: v.entry })
    case 'ratio':
      return intakeError('ZIP_RATIO', MSG.zipRatio(zipLabel, v.entry, v.ratio, limits.maxRatio), { entry: v.entry })
    case 'tooLarge':
      return intakeError('ZIP_TOO_LARGE', MSG.zipTooLarge(zipLabel, limits.maxTotalBytes))
    case 'archiveRatio':
      return intakeError('ZIP_RATIO', MSG.zipArchiveRatio(zipLabel, v.ratio, limits.maxArchiveRatio))
    case 'overlap':
    case 'hiddenData':
      return intakeError('ZIP_OVERLAP', MSG.zipOverlap(zipLabel), v.kind === 'overlap' ? { entry: v.entry, other: v.other } : {})
  }
}
