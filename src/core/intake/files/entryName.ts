import type { Entry } from 'yauzl'

const UTF8_FLAG = 0x800
const UNICODE_PATH_FIELD = 0x7075

/**
 * An entry's name as its maker meant it. yauzl decodes names as UTF-8 when the archive says so (flag
 * bit 11 or an Info-ZIP Unicode Path field) and as CP437 otherwise — but zips made by Windows
 * Explorer, WinRAR or 360压缩 on Chinese Windows store GBK bytes without saying so, and CP437 turns
 * "申报书.pdf" into "╔ъ▒и╩щ.pdf", which would also defeat matching folders to submissions. So when
 * the archive is silent and the raw bytes are not ASCII: valid UTF-8 wins, then valid GB18030
 * (a superset of GBK), then yauzl's CP437. Backslashes become '/', as yauzl does with
 * strictFileNames off. The result is display data and matching data only, and is checked by
 * isUnsafeArchivePath() like any other name.
 */
export function entryName(entry: Pick<Entry, 'fileName' | 'generalPurposeBitFlag' | 'extraFields'>): string {
  const raw = (entry as { fileNameRaw?: unknown }).fileNameRaw
  if ((entry.generalPurposeBitFlag & UTF8_FLAG) !== 0 || entry.extraFields.some((f) => f.id === UNICODE_PATH_FIELD)) return entry.fileName
  if (!(raw instanceof Uint8Array) || raw.every((b) => b < 0x80)) return entry.fileName
  for (const label of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(label, { fatal: true }).decode(raw).replace(/\\/g, '/')
    } catch {
      // not this encoding; try the next
    }
  }
  return entry.fileName
}
