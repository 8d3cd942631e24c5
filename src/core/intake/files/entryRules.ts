import type { Entry } from 'yauzl'

/**
 * Rules about zip entries that need no inflating (docs/design/hostile-inputs.md, "Zip"). Pure functions of the
 * central-directory record, so every cap is checked before a single byte is decompressed.
 */

const S_IFMT = 0o170000
const S_IFREG = 0o100000
const S_IFDIR = 0o040000
const S_IFLNK = 0o120000
/** MS-DOS attribute bit for a directory, in the low byte of externalFileAttributes. */
const DOS_DIRECTORY = 0x10

export type EntryFileType = 'file' | 'directory' | 'symlink' | 'special'

/**
 * What an entry is. The Unix mode lives in `externalFileAttributes >>> 16` (docs/design/hostile-inputs.md):
 * S_IFLNK is a symlink, any type other than regular or directory is a device, FIFO or socket.
 * A zero mode (zips made on Windows) means a regular file unless the name ends in '/' or the
 * MS-DOS directory bit is set.
 */
export function entryFileType(entry: Pick<Entry, 'externalFileAttributes' | 'fileName'>): EntryFileType {
  const type = ((entry.externalFileAttributes >>> 16) & 0xffff) & S_IFMT
  if (type === S_IFLNK) return 'symlink'
  if (type === S_IFDIR || entry.fileName.endsWith('/')) return 'directory'
  if (type !== 0 && type !== S_IFREG) return 'special'
  if (type === 0 && (entry.externalFileAttributes & DOS_DIRECTORY) !== 0) return 'directory'
  return 'file'
}

/**
 * True for a name that would escape a target folder if anyone ever used it as a path (zip-slip):
 * a NUL, a leading '/' or '\' (absolute, UNC), a drive letter (`C:`), or a `..` segment — also
 * `.. ` and `...`, which Windows trims to `..`. Backslashes count as separators. We never use the
 * names as paths (files are stored by content hash), but a zip carrying one is hostile and the whole
 * import is refused. yauzl already refuses most of these; this check does not rely on it.
 */
export function isUnsafeArchivePath(name: string): boolean {
  if (name.includes('\0')) return true
  const n = name.replace(/\\/g, '/')
  if (n.startsWith('/')) return true
  if (/^[A-Za-z]:/.test(n)) return true
  return n.split('/').some((seg) => /^\.\.[. ]*$/.test(seg))
}

/** True when the entry is encrypted (general purpose bit 0; bit 6 is strong encryption). */
export function isEncryptedEntry(entry: Pick<Entry, 'generalPurposeBitFlag'>): boolean {
  return (entry.generalPurposeBitFlag & 0x1) !== 0 || (entry.generalPurposeBitFlag & 0x40) !== 0
}

/** Only "stored" (0) and "deflated" (8) can be read (yauzl's canDecodeFileData). */
export function isSupportedMethod(entry: Pick<Entry, 'compressionMethod'>): boolean {
  return entry.compressionMethod === 0 || entry.compressionMethod === 8
}

/**
 * uncompressedSize / compressedSize, for an entry above `minBytes` (small files compress
 * absurdly well and are harmless). A compressed size of 0 with content counts as infinite.
 * Returns 0 when the rule does not apply.
 */
export function compressionRatio(entry: Pick<Entry, 'uncompressedSize' | 'compressedSize'>, minBytes: number): number {
  if (entry.uncompressedSize <= minBytes) return 0
  if (entry.compressedSize <= 0) return Number.POSITIVE_INFINITY
  return entry.uncompressedSize / entry.compressedSize
}
