/**
 * Display names for files from a zip or folder (docs/design/hostile-inputs.md: "Never use a name from an archive
 * or a folder as a path ... keep the original name (NFC, control and bidi characters stripped) only
 * as display data").
 *
 * Rules: Unicode NFC; C0/C1 control characters removed; bidi controls removed (U+202A–U+202E
 * embeddings/overrides such as the right-to-left override that turns "gpj.exe" into "exe.jpg",
 * U+2066–U+2069 isolates, U+200E/U+200F marks, U+061C); leading whitespace and trailing dots and
 * spaces trimmed (Windows drops them silently, so "a.pdf." and "a.pdf" must look alike); capped at
 * MAX_DISPLAY_NAME UTF-16 units without splitting a character or emoji, keeping the extension.
 * Windows reserved names (CON, NUL, COM1 …) are kept: they are never used as paths. An empty result
 * becomes "未命名".
 */
export const MAX_DISPLAY_NAME = 200

// eslint-disable-next-line no-control-regex -- control characters are what this pattern removes
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g
const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' })

/** Takes whole graphemes from the start of `s` while the UTF-16 length stays within `max`. */
function takeGraphemes(s: string, max: number): string {
  let out = ''
  for (const { segment } of segmenter.segment(s)) {
    if (out.length + segment.length > max) break
    out += segment
  }
  return out
}

/** NFC with control and bidi characters removed, nothing else changed: for quoting a hostile name in a message. */
export function stripInvisible(raw: string): string {
  return raw.normalize('NFC').replace(CONTROL, '').replace(BIDI, '')
}

export function sanitizeDisplayName(raw: string): { name: string; changed: boolean } {
  const nfc = raw.normalize('NFC')
  let s = nfc.replace(CONTROL, '').replace(BIDI, '').trimStart().replace(/[.\s]+$/u, '')
  if (s.length > MAX_DISPLAY_NAME) {
    const ext = /\.[^.\s]{1,16}$/u.exec(s)?.[0] ?? ''
    s = takeGraphemes(s.slice(0, s.length - ext.length), MAX_DISPLAY_NAME - ext.length - 1) + '…' + ext
  }
  if (s === '') s = '未命名'
  return { name: s, changed: s !== nfc }
}

/**
 * A display path from archive/folder segments: each segment sanitised, empty and '.' segments
 * dropped, joined by '/'. Returns the segments too, for matching by top-level folder.
 */
export function sanitizeDisplayPath(rawSegments: readonly string[]): { segments: string[]; path: string; name: string; changed: boolean } {
  const segments: string[] = []
  let changed = false
  for (const raw of rawSegments) {
    if (raw === '' || raw === '.') continue
    const r = sanitizeDisplayName(raw)
    changed ||= r.changed
    segments.push(r.name)
  }
  if (segments.length === 0) segments.push('未命名')
  return { segments, path: segments.join('/'), name: segments[segments.length - 1]!, changed }
}
