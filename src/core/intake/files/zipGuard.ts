import { entryName } from './entryName'
import { compressionRatio, entryFileType, isEncryptedEntry, isSupportedMethod, isUnsafeArchivePath, type EntryFileType } from './entryRules'
import { classifyZipError, unsafeNameFromError, type ZipEntry, type ZipReader } from './zipReader'

/**
 * The one zip guard of intake (materials zips, .xlsx packages of rosters and rubric files, the coming
 * packages). Reads the central directory with yauzl and refuses, before one byte is inflated
 * (docs/design/hostile-inputs.md, "Zip"):
 * - more entries than `maxEntries` (from the end record alone, then while counting);
 * - an unsafe name (zip-slip: `..`, absolute, drive letter, NUL — yauzl's check and entryRules.ts');
 * - an encrypted entry, an unsupported compression method, a stored entry whose sizes disagree;
 * - an entry over `maxEntryBytes`, a per-entry ratio over `maxRatio`, a total over `maxTotalBytes`,
 *   and a whole-archive ratio (declared total ÷ archive size) over `maxArchiveRatio`: a thousand
 *   1 MB entries of zeros each pass the per-entry rule (small files are exempt) but not this one;
 * - overlapping entries: every entry's local header and data, [local header, data end), must lie
 *   before the central directory and overlap no other entry's. A "non-recursive" bomb points 400
 *   directory records at one compressed block (41 KB → 384 MB); no legitimate writer overlaps.
 * - with `contiguous`, also any gap between entries beyond a data descriptor (hidden local entries a
 *   front-to-back reader such as exceljs' unzipper would still inflate).
 * `classify` lets the door skip an entry (symlink, nested archive …) after the name check: a
 * skipped entry is never inflated, so its sizes do not count, but its range still may not overlap.
 * Violations are thrown as ZipViolation; each door words them (messages name the file).
 */
export interface ZipCaps {
  maxEntries: number
  maxEntryBytes: number
  maxTotalBytes: number
  maxRatio: number
  /** entries up to this size are exempt from the per-entry ratio */
  ratioMinBytes: number
  maxArchiveRatio: number
  /** archives declaring up to this total are exempt from the whole-archive ratio */
  archiveRatioMinBytes: number
}

export type ZipViolation =
  | { kind: 'corrupt'; entry?: string; cause: string }
  | { kind: 'tooManyEntries'; count: number }
  | { kind: 'unsafePath'; entry: string }
  | { kind: 'encrypted'; entry: string }
  | { kind: 'unsupportedMethod'; entry: string; method: number }
  | { kind: 'sizeMismatch'; entry?: string }
  | { kind: 'entryTooLarge'; entry: string; size: number }
  | { kind: 'ratio'; entry: string; ratio: number }
  | { kind: 'tooLarge'; total: number }
  | { kind: 'archiveRatio'; ratio: number }
  | { kind: 'overlap'; entry: string; other: string }
  | { kind: 'hiddenData' }

export class ZipGuardError extends Error {
  constructor(readonly violation: ZipViolation) {
    super(`zip refused: ${violation.kind}`)
  }
}

export interface GuardedEntry {
  entry: ZipEntry
  /** the name as its maker meant it (entryName.ts), already checked by isUnsafeArchivePath */
  name: string
  type: EntryFileType
  /** where its compressed data starts and ends in the archive */
  dataStart: number
  dataEnd: number
}

export interface GuardedZip {
  /** entries the door keeps (classify → 'keep'), in directory order */
  kept: GuardedEntry[]
  /** entries the door skipped, with its reason */
  skipped: Array<{ g: GuardedEntry; why: string }>
  /** declared uncompressed bytes of the kept entries */
  totalBytes: number
}

/** A data descriptor after an entry's data is at most 24 bytes (signature, CRC, two 64-bit sizes). */
const MAX_DESCRIPTOR = 24

function fail(v: ZipViolation): never {
  throw new ZipGuardError(v)
}

export async function guardZip(
  reader: ZipReader,
  caps: ZipCaps,
  opts: {
    /** 'keep', or a reason to skip; directories are dropped before this is asked */
    classify?: (g: Omit<GuardedEntry, 'dataStart' | 'dataEnd'>) => 'keep' | string
    contiguous?: boolean
    checkCancelled?: () => void
    /** shown in a violation for an entry: the raw name made harmless by the door */
    visible?: (raw: string) => string
  } = {},
): Promise<GuardedZip> {
  const visible = opts.visible ?? ((s: string) => s)
  if (reader.entryCount > caps.maxEntries) fail({ kind: 'tooManyEntries', count: reader.entryCount })
  const all: Array<Omit<GuardedEntry, 'dataStart' | 'dataEnd'> & { verdict: 'keep' | 'dir' | string }> = []
  let total = 0
  for (;;) {
    opts.checkCancelled?.()
    let entry: ZipEntry | null
    try {
      entry = await reader.nextEntry()
    } catch (e) {
      const k = classifyZipError(e)
      if (k === 'unsafePath') fail({ kind: 'unsafePath', entry: visible(unsafeNameFromError(e) ?? '') })
      if (k === 'sizeMismatch') fail({ kind: 'sizeMismatch' })
      fail({ kind: 'corrupt', cause: String(e) })
    }
    if (!entry) break
    if (all.length + 1 > caps.maxEntries) fail({ kind: 'tooManyEntries', count: all.length + 1 })
    const name = entryName(entry)
    if (isUnsafeArchivePath(name)) fail({ kind: 'unsafePath', entry: visible(name) })
    const type = entryFileType(entry)
    const g = { entry, name, type }
    const verdict = type === 'directory' ? 'dir' : (opts.classify?.(g) ?? 'keep')
    all.push({ ...g, verdict })
    if (verdict !== 'keep') continue
    const shown = visible(name)
    if (isEncryptedEntry(entry)) fail({ kind: 'encrypted', entry: shown })
    if (!isSupportedMethod(entry)) fail({ kind: 'unsupportedMethod', entry: shown, method: entry.compressionMethod })
    if (entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize) fail({ kind: 'sizeMismatch', entry: shown })
    if (entry.uncompressedSize > caps.maxEntryBytes) fail({ kind: 'entryTooLarge', entry: shown, size: entry.uncompressedSize })
    const ratio = compressionRatio(entry, caps.ratioMinBytes)
    if (ratio > caps.maxRatio) fail({ kind: 'ratio', entry: shown, ratio })
    total += entry.uncompressedSize
    if (total > caps.maxTotalBytes) fail({ kind: 'tooLarge', total })
  }
  if (total > caps.archiveRatioMinBytes && total / Math.max(1, reader.fileSize) > caps.maxArchiveRatio) {
    fail({ kind: 'archiveRatio', ratio: total / Math.max(1, reader.fileSize) })
  }

  // ranges: every entry, kept or skipped, so nothing hides inside another entry's bytes
  const ranged: Array<GuardedEntry & { verdict: string; start: number }> = []
  for (const a of all) {
    opts.checkCancelled?.()
    let dataStart: number
    try {
      dataStart = await reader.dataStart(a.entry)
    } catch (e) {
      fail({ kind: 'corrupt', entry: visible(a.name), cause: String(e) })
    }
    ranged.push({ ...a, start: a.entry.relativeOffsetOfLocalHeader, dataStart, dataEnd: dataStart + a.entry.compressedSize })
  }
  const byStart = [...ranged].sort((x, y) => x.start - y.start)
  // `reach` is the furthest end so far, so an entry inside a long earlier one is caught too
  let reach: (typeof ranged)[number] | undefined
  for (const r of byStart) {
    if (r.dataEnd > reader.centralDirectoryOffset) fail({ kind: 'overlap', entry: visible(r.name), other: '' })
    if (reach && r.start < reach.dataEnd) fail({ kind: 'overlap', entry: visible(r.name), other: visible(reach.name) })
    if (opts.contiguous) {
      const gap = r.start - (reach?.dataEnd ?? 0)
      if (gap > (reach ? MAX_DESCRIPTOR : 0)) fail({ kind: 'hiddenData' })
    }
    if (!reach || r.dataEnd > reach.dataEnd) reach = r
  }
  if (opts.contiguous) {
    const tail = reader.centralDirectoryOffset - (reach?.dataEnd ?? 0)
    if (tail > MAX_DESCRIPTOR) fail({ kind: 'hiddenData' })
  }
  const strip = ({ verdict: _v, start: _s, ...g }: (typeof ranged)[number]): GuardedEntry => g
  return {
    kept: ranged.filter((r) => r.verdict === 'keep').map(strip),
    skipped: ranged.filter((r) => r.verdict !== 'keep' && r.verdict !== 'dir').map((r) => ({ g: strip(r), why: r.verdict })),
    totalBytes: total,
  }
}
