/**
 * Deterministic .docx bytes (issue 13: the same data gives the same bytes, so a signed or archived
 * document can be rebuilt and compared). docx 9 writes two things that change from run to run:
 * - docProps/core.xml with `new Date()` as created/modified — replaced (Packer's `overrides`) by one
 *   built from the document's own date;
 * - every zip entry's modification time (its fflate zipSync stamps Date.now()) — set here to the same
 *   date in the local file headers and the central directory. Those fields are outside the CRC, so the
 *   entries stay valid. Image parts are already named by the hash of their bytes.
 */

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** W3C date-time without milliseconds: 2026-11-28T02:00:00Z. */
function w3cdtf(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function corePropertiesXml(p: { title: string; creator: string; date: Date }): string {
  const at = w3cdtf(p.date)
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(p.title)}</dc:title><dc:creator>${xmlEscape(p.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${xmlEscape(p.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}

/** MS-DOS time and date words of a zip header (UTC, 2-second resolution, years 1980–2107). */
export function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107)
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  }
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

/**
 * Sets the modification time of every entry of a zip (no zip64, no archive comment — what docx writes)
 * to `date`, walking the central directory and each entry's local header. Returns a new array.
 * Throws on a layout it does not recognise rather than write a half-patched file.
 */
export function stampZipEntries(zip: Uint8Array, date: Date): Uint8Array {
  const out = zip.slice()
  const v = new DataView(out.buffer, out.byteOffset, out.byteLength)
  const eocd = out.byteLength - 22
  if (eocd < 0 || v.getUint32(eocd, true) !== EOCD) throw new Error('stampZipEntries: no end of central directory')
  const count = v.getUint16(eocd + 10, true)
  let at = v.getUint32(eocd + 16, true)
  const { time, date: day } = dosDateTime(date)
  for (let i = 0; i < count; i++) {
    if (v.getUint32(at, true) !== CENTRAL) throw new Error('stampZipEntries: bad central directory entry')
    v.setUint16(at + 12, time, true)
    v.setUint16(at + 14, day, true)
    const local = v.getUint32(at + 42, true)
    if (v.getUint32(local, true) !== LOCAL) throw new Error('stampZipEntries: bad local header')
    v.setUint16(local + 10, time, true)
    v.setUint16(local + 12, day, true)
    at += 46 + v.getUint16(at + 28, true) + v.getUint16(at + 30, true) + v.getUint16(at + 32, true)
  }
  return out
}
