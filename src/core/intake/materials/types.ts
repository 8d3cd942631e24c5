import type { SubmissionId } from '../../domain/ids'
import type { AttachmentStore } from '../attachments/store'
import type { PolicyRefusal } from '../attachments/policy'

/** Why an entry of a zip or folder was left out (listed for the user in the 跳过清单). */
export type SkipReason = PolicyRefusal | 'SYMLINK' | 'SPECIAL_FILE' | 'SYSTEM_FILE'

/** A file of an import plan: its bytes are already in the attachment store under `sha256`. */
export interface PlannedFile {
  /** set by matchByNamingRule (or by the caller for a one-submission import) */
  submissionId?: SubmissionId
  /** sanitised display name (never a path on disk; see displayName.ts) */
  name: string
  /** sanitised display path inside the zip or folder, segments joined by '/' */
  path: string
  sha256: string
  size: number
  /** sniffed from content (attachments/sniffMime.ts) */
  mime: string
}

export interface SkippedEntry {
  path: string
  reason: SkipReason
  message: string
}

/** Something the user should know that did not stop the import (e.g. a renamed display name). */
export interface ImportProblem {
  path: string
  message: string
}

/**
 * The result of importZip/importFolder: every blob is stored, nothing references it yet. The caller
 * commits by writing the Material records in one durable write; to cancel, it calls
 * sweepUnreferenced() (blobs are harmless while unreferenced; docs/design/architecture.md "stage, then commit").
 */
export interface ImportPlan {
  files: PlannedFile[]
  skipped: SkippedEntry[]
  problems: ImportProblem[]
}

export interface MaterialsImportOptions {
  store: AttachmentStore
  /** the archive's name as the user knows it, for messages (an upload is stored as up-<id>); default the path's name */
  label?: string
  /** sniffed MIME types accepted (per campaign); default DEFAULT_ALLOWED_MIMES */
  allowedMimes?: readonly string[]
  /** total uncompressed bytes (zip) or total bytes (folder); default 2 GB */
  maxTotalBytes?: number
  /** per file; default 500 MB */
  maxFileBytes?: number
  /** zip entries or folder files; default 10,000 */
  maxEntries?: number
  /** uncompressed/compressed per zip entry larger than ratioMinBytes; default 100 */
  maxRatio?: number
  /** default 1 MB */
  ratioMinBytes?: number
  /** declared total / zip size; default 100 */
  maxArchiveRatio?: number
  /** zips declaring up to this total are exempt from maxArchiveRatio; default 10 MB */
  archiveRatioMinBytes?: number
  /** folder nesting; default 32 */
  maxDepth?: number
  /** bytes done and bytes in total (files to be stored), called at most about once per MB */
  onProgress?(done: number, total: number): void
  /** abort → refusal with details.reason 'CANCELLED', everything added removed */
  signal?: AbortSignal
}

export type ResolvedLimits = Required<Pick<MaterialsImportOptions, 'maxTotalBytes' | 'maxFileBytes' | 'maxEntries' | 'maxRatio' | 'ratioMinBytes' | 'maxArchiveRatio' | 'archiveRatioMinBytes' | 'maxDepth'>>

/** The caps of docs/design/hostile-inputs.md ("Zip": total, per entry, count, ratio), plus folder depth. */
export const MATERIALS_DEFAULTS: ResolvedLimits = {
  maxTotalBytes: 2 * 1024 ** 3,
  maxFileBytes: 500 * 1024 ** 2,
  maxEntries: 10_000,
  maxRatio: 100,
  ratioMinBytes: 1024 ** 2,
  maxArchiveRatio: 100,
  archiveRatioMinBytes: 10 * 1024 ** 2,
  maxDepth: 32,
}

export function resolveLimits(opts: MaterialsImportOptions): ResolvedLimits {
  return {
    maxTotalBytes: opts.maxTotalBytes ?? MATERIALS_DEFAULTS.maxTotalBytes,
    maxFileBytes: opts.maxFileBytes ?? MATERIALS_DEFAULTS.maxFileBytes,
    maxEntries: opts.maxEntries ?? MATERIALS_DEFAULTS.maxEntries,
    maxRatio: opts.maxRatio ?? MATERIALS_DEFAULTS.maxRatio,
    ratioMinBytes: opts.ratioMinBytes ?? MATERIALS_DEFAULTS.ratioMinBytes,
    maxArchiveRatio: opts.maxArchiveRatio ?? MATERIALS_DEFAULTS.maxArchiveRatio,
    archiveRatioMinBytes: opts.archiveRatioMinBytes ?? MATERIALS_DEFAULTS.archiveRatioMinBytes,
    maxDepth: opts.maxDepth ?? MATERIALS_DEFAULTS.maxDepth,
  }
}

/** Files operating systems leave behind: macOS resource forks, Finder and Explorer caches, Office lock files. */
export function isSystemFile(segments: readonly string[]): boolean {
  if (segments.some((s) => s === '__MACOSX')) return true
  const base = segments[segments.length - 1] ?? ''
  return /^(\.DS_Store|Thumbs\.db|desktop\.ini|ehthumbs\.db)$/i.test(base) || base.startsWith('._') || base.startsWith('~$')
}

/** Archive names, skipped before inflating (docs/design/hostile-inputs.md: no recursion into nested archives). */
export function hasArchiveExtension(name: string): boolean {
  return /\.(zip|rar|7z|tar|gz|tgz|bz2|xz|zst|cab|iso|jar|zipx)$/i.test(name)
}
