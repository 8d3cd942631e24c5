import JSZip from 'jszip'

/**
 * Deterministic .docx bytes (issue 13: the same data gives the same bytes, so a signed or archived
 * document can be rebuilt and compared). docx 9 writes two things that change from run to run:
 * - docProps/core.xml with `new Date()` as created/modified — replaced (Packer's `overrides`) by one
 *   built from the document's own date;
 * - every zip entry's modification time (its fflate zipSync stamps Date.now()) — set here to the same
 *   date in the local file headers and the central directory. Those fields are outside the CRC, so the
 *   entries stay valid. Image parts are already named by the hash of their bytes.
 * - every drawing's `<wp:docPr id>` from a counter of the whole process, so the second export of the
 *   same document in one process says id="3" where the first said id="1" — renumbered per part here.
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

/** The parts whose drawings docx numbers: the body, headers and footers. */
const DRAWING_PARTS = /^word\/(document|header\d*|footer\d*)\.xml$/

/** Numbers the drawings of one part 1, 2, 3 … in document order (ids must only be unique within the document's parts). */
export function renumberDrawingIds(xml: string, first = 1): { xml: string; next: number } {
  let n = first
  const out = xml.replace(/(<wp:docPr id=")\d+(")/g, (_m, a: string, b: string) => `${a}${n++}${b}`)
  return { xml: out, next: n }
}

/**
 * The package with its drawings numbered from 1 across body, headers and footers (see the header).
 * A package without drawings is returned as it is; one with drawings is always written again (same
 * entry order, DEFLATE level 6), whether or not its ids happened to start at 1, so its bytes depend
 * only on the document.
 */
export async function withStableDrawingIds(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx)
  const names = Object.keys(zip.files).filter((n) => DRAWING_PARTS.test(n)).sort()
  let next = 1
  for (const name of names) {
    const xml = await zip.file(name)!.async('string')
    const r = renumberDrawingIds(xml, next)
    next = r.next
    // written even when unchanged: one compressor (JSZip's) for these parts whatever the ids were
    zip.file(name, r.xml, { createFolders: false })
  }
  if (next === 1) return docx
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' })
}
