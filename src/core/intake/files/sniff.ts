/**
 * The one sniffer table of intake (docs/design/hostile-inputs.md: "Sniff content, not extensions (magic
 * bytes)"): what a file is from its first bytes. Every door — roster, materials, rubric files and
 * the coming packages — asks this table, so a PDF renamed to .xlsx, an old .xls or an encrypted
 * Office file is recognised the same way everywhere and described by one message (describe.ts).
 *
 * The original name is consulted in one place only: a PK zip container named .docx/.xlsx/.pptx is
 * taken as that Office type when only a head is at hand, because telling them apart by content
 * needs the central directory (xlsxPackage.ts reads it when the whole file is checked). An OLE2
 * compound file (D0 CF 11 E0) is an old .xls/.doc/.ppt *or* an encrypted OOXML file; its directory
 * (cfb.ts) says which, the extension is only a fallback for a head too short to tell.
 */
import { classifyCompoundFile, type CompoundKind } from './cfb'

export type FileKind =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'svg'
  | 'zip'
  | 'xlsx'
  | 'docx'
  | 'pptx'
  | 'mp4'
  | 'mov'
  | 'm4a'
  | 'mp3'
  | 'wav'
  | 'webm'
  | CompoundKind
  | 'rar'
  | 'sevenZip'
  | 'gzip'
  | 'text'
  | 'empty'
  | 'unknown'

export const MIME = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  m4a: 'audio/mp4',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  webm: 'video/webm',
  ole: 'application/x-ole-storage',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  encryptedOffice: 'application/x-encrypted-office',
  rar: 'application/vnd.rar',
  sevenZip: 'application/x-7z-compressed',
  gzip: 'application/gzip',
  text: 'text/plain',
  unknown: 'application/octet-stream',
} as const

/** How many leading bytes the table looks at; callers keep at least this many. */
export const SNIFF_BYTES = 4096

/** Archive types: never expanded inside an import (docs/design/hostile-inputs.md: no recursion into nested archives). */
export const ARCHIVE_MIMES: ReadonlySet<string> = new Set([MIME.zip, MIME.rar, MIME.sevenZip, MIME.gzip])

const ascii = (b: Uint8Array, at: number, s: string) => {
  if (b.length < at + s.length) return false
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false
  return true
}
const bytes = (b: Uint8Array, at: number, sig: readonly number[]) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x)

export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const

export function extensionOf(name: string | undefined): string {
  const m = name ? /\.([A-Za-z0-9]{1,8})$/.exec(name) : null
  return m ? m[1]!.toLowerCase() : ''
}

const OFFICE_BY_EXT: Record<string, FileKind> = { docx: 'docx', xlsx: 'xlsx', pptx: 'pptx' }
const OLE_BY_EXT: Record<string, CompoundKind> = { doc: 'doc', xls: 'xls', ppt: 'ppt' }

/** Looks for an SVG root in text at the start of the file (after an optional BOM, XML prolog, comments). */
function looksLikeSvg(head: Uint8Array): boolean {
  const text = Buffer.from(head.subarray(0, 1024)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart()
  if (!text.startsWith('<')) return false
  return /<svg[\s>]/i.test(text)
}

/**
 * Text (CSV, JSON, XML, plain): a UTF-16 BOM, or no NUL and at most 1% control characters other than
 * TAB, CR, LF, ESC in the head. Decoding (UTF-8 / GB18030) is the reader's business.
 */
export function looksLikeText(head: Uint8Array): boolean {
  if (bytes(head, 0, [0xff, 0xfe]) || bytes(head, 0, [0xfe, 0xff])) return true
  const n = Math.min(head.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = head[i]!
    if (b === 0) return false
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x1b) control++
  }
  return control <= n / 100
}

/**
 * What a file is, from its first bytes (at least SNIFF_BYTES when the file has them; the whole file
 * for OLE2 when it is at hand, so cfb.ts can read the directory). `name` only refines PK zips and
 * undecidable OLE2 heads (see the module comment).
 */
export function sniffKind(head: Uint8Array, name?: string): FileKind {
  const ext = extensionOf(name)
  if (head.length === 0) return 'empty'
  if (ascii(head, 0, '%PDF-')) return 'pdf'
  if (bytes(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (bytes(head, 0, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (ascii(head, 0, 'GIF87a') || ascii(head, 0, 'GIF89a')) return 'gif'
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return 'webp'
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE')) return 'wav'
  if (bytes(head, 0, [0x50, 0x4b, 0x03, 0x04]) || bytes(head, 0, [0x50, 0x4b, 0x05, 0x06])) return OFFICE_BY_EXT[ext] ?? 'zip'
  if (bytes(head, 0, OLE_MAGIC)) {
    const k = classifyCompoundFile(head)
    return k === 'ole' ? (OLE_BY_EXT[ext] ?? 'ole') : k
  }
  if (ascii(head, 4, 'ftyp')) {
    const brand = Buffer.from(head.subarray(8, 12)).toString('latin1')
    if (brand === 'qt  ') return 'mov'
    if (brand === 'M4A ' || brand === 'M4B ') return 'm4a'
    return 'mp4'
  }
  // EBML header; WebM and Matroska share it, and a material is accepted as WebM video
  if (bytes(head, 0, [0x1a, 0x45, 0xdf, 0xa3])) return 'webm'
  // a UTF-16 BOM (Excel's "Unicode 文本") before the MPEG sync below, which FF FE also matches
  if (bytes(head, 0, [0xff, 0xfe]) || bytes(head, 0, [0xfe, 0xff])) return 'text'
  if (ascii(head, 0, 'ID3')) return 'mp3'
  // MPEG audio frame sync: 11 set bits, a layer that is not "reserved"
  if (head.length >= 2 && head[0] === 0xff && (head[1]! & 0xe0) === 0xe0 && (head[1]! & 0x06) !== 0) return 'mp3'
  if (ascii(head, 0, 'Rar!\x1a\x07')) return 'rar'
  if (bytes(head, 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return 'sevenZip'
  if (bytes(head, 0, [0x1f, 0x8b])) return 'gzip'
  if (looksLikeSvg(head)) return 'svg'
  if (looksLikeText(head)) return 'text'
  return 'unknown'
}

const MIME_OF: Record<FileKind, string> = {
  pdf: MIME.pdf,
  png: MIME.png,
  jpeg: MIME.jpeg,
  gif: MIME.gif,
  webp: MIME.webp,
  svg: MIME.svg,
  zip: MIME.zip,
  xlsx: MIME.xlsx,
  docx: MIME.docx,
  pptx: MIME.pptx,
  mp4: MIME.mp4,
  mov: MIME.mov,
  m4a: MIME.m4a,
  mp3: MIME.mp3,
  wav: MIME.wav,
  webm: MIME.webm,
  ole: MIME.ole,
  xls: MIME.xls,
  doc: MIME.doc,
  ppt: MIME.ppt,
  encryptedOffice: MIME.encryptedOffice,
  rar: MIME.rar,
  sevenZip: MIME.sevenZip,
  gzip: MIME.gzip,
  // text is not a material type: unknown to the allow-list, as before
  text: MIME.unknown,
  empty: MIME.unknown,
  unknown: MIME.unknown,
}

export function mimeOfKind(kind: FileKind): string {
  return MIME_OF[kind]
}

/** The MIME type of a file from its first bytes (materials are stored and served by it). */
export function sniffMime(head: Uint8Array, originalName?: string): string {
  return MIME_OF[sniffKind(head, originalName)]
}

/** A short Chinese label for a type, for the 跳过清单 and refusal messages. */
export function mimeLabel(mime: string): string {
  const labels: Record<string, string> = {
    [MIME.pdf]: 'PDF',
    [MIME.png]: 'PNG 图片',
    [MIME.jpeg]: 'JPEG 图片',
    [MIME.gif]: 'GIF 图片',
    [MIME.webp]: 'WebP 图片',
    [MIME.svg]: 'SVG 图片',
    [MIME.zip]: 'zip 压缩包',
    [MIME.docx]: 'Word 文档',
    [MIME.xlsx]: 'Excel 表格',
    [MIME.pptx]: 'PowerPoint 演示文稿',
    [MIME.mp4]: 'MP4 视频',
    [MIME.mov]: 'QuickTime 视频',
    [MIME.m4a]: 'M4A 音频',
    [MIME.mp3]: 'MP3 音频',
    [MIME.wav]: 'WAV 音频',
    [MIME.webm]: 'WebM 视频',
    [MIME.ole]: '旧版 Office 文件',
    [MIME.doc]: '旧版 Word 文档（.doc）',
    [MIME.xls]: '旧版 Excel 表格（.xls）',
    [MIME.ppt]: '旧版 PowerPoint（.ppt）',
    [MIME.encryptedOffice]: '已加密的 Office 文件',
    [MIME.rar]: 'RAR 压缩包',
    [MIME.sevenZip]: '7z 压缩包',
    [MIME.gzip]: 'gzip 压缩包',
  }
  return labels[mime] ?? '无法识别的类型'
}
