import { MSG } from '../messages'
import { ARCHIVE_MIMES, MIME, mimeLabel } from './sniffMime'

/**
 * Which sniffed types an import accepts (docs/design/hostile-inputs.md: "allow only the types the campaign
 * expects"; "refuse SVG"). The allow-list is configurable per campaign; the default covers what
 * 申报材料 usually are. Archives are never accepted (no recursion into nested archives), SVG never
 * (it can carry script), and an empty file is reported as such rather than as an unknown type.
 */
export const DEFAULT_ALLOWED_MIMES: readonly string[] = [
  MIME.pdf,
  MIME.png,
  MIME.jpeg,
  MIME.gif,
  MIME.webp,
  MIME.docx,
  MIME.xlsx,
  MIME.pptx,
  MIME.mp4,
  MIME.mp3,
  MIME.wav,
  MIME.webm,
]

export type PolicyRefusal = 'EMPTY_FILE' | 'SVG' | 'NESTED_ARCHIVE' | 'ENCRYPTED' | 'OLD_FORMAT' | 'TYPE_NOT_ALLOWED'

export type PolicyVerdict = { ok: true } | { ok: false; reason: PolicyRefusal; message: string }

/** Decides whether a file of this sniffed type and size may be imported. */
export function checkTypePolicy(mime: string, size: number, allowed: readonly string[] = DEFAULT_ALLOWED_MIMES): PolicyVerdict {
  if (size === 0) return { ok: false, reason: 'EMPTY_FILE', message: MSG.skip.empty }
  if (mime === MIME.svg) return { ok: false, reason: 'SVG', message: MSG.skip.svg }
  if (ARCHIVE_MIMES.has(mime)) return { ok: false, reason: 'NESTED_ARCHIVE', message: MSG.skip.nestedArchive }
  if (allowed.includes(mime)) return { ok: true }
  // Office files that need one step by the user get that step named, not "type not allowed"
  if (mime === MIME.encryptedOffice) return { ok: false, reason: 'ENCRYPTED', message: MSG.skip.encrypted }
  if (mime === MIME.xls || mime === MIME.doc || mime === MIME.ppt) return { ok: false, reason: 'OLD_FORMAT', message: MSG.skip.oldFormat(mimeLabel(mime)) }
  if (!allowed.includes(mime)) return { ok: false, reason: 'TYPE_NOT_ALLOWED', message: MSG.skip.typeNotAllowed(mimeLabel(mime)) }
  return { ok: true }
}
