/**
 * The type of a file from its first bytes (docs/design/hostile-inputs.md: "Sniff content, not extensions
 * (magic bytes)"). The original name is consulted in one place only: a PK zip container named
 * .docx/.xlsx/.pptx is taken as that Office type, because telling them apart from a plain zip by
 * content needs the central directory, which a head of a few KB does not reliably contain.
 * Anything unrecognised is 'application/octet-stream'; the import policy refuses it.
 */
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
  ole: 'application/x-ole-storage',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  rar: 'application/vnd.rar',
  sevenZip: 'application/x-7z-compressed',
  gzip: 'application/gzip',
  unknown: 'application/octet-stream',
} as const

/** How many leading bytes sniffMime looks at; callers keep at least this many. */
export const SNIFF_BYTES = 4096

/** Archive types: never expanded inside an import (docs/design/hostile-inputs.md: no recursion into nested archives). */
export const ARCHIVE_MIMES: ReadonlySet<string> = new Set([MIME.zip, MIME.rar, MIME.sevenZip, MIME.gzip])

const ascii = (b: Uint8Array, at: number, s: string) => {
  if (b.length < at + s.length) return false
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false
  return true
}
const bytes = (b: Uint8Array, at: number, sig: readonly number[]) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x)

function extensionOf(name: string | undefined): string {
  const m = name ? /\.([A-Za-z0-9]{1,8})$/.exec(name) : null
  return m ? m[1]!.toLowerCase() : ''
}

const OFFICE_BY_EXT: Record<string, string> = { docx: MIME.docx, xlsx: MIME.xlsx, pptx: MIME.pptx }
const OLE_BY_EXT: Record<string, string> = { doc: MIME.doc, xls: MIME.xls, ppt: MIME.ppt }

/** Looks for an SVG root in text at the start of the file (after an optional BOM, XML prolog, comments). */
function looksLikeSvg(head: Uint8Array): boolean {
  const text = Buffer.from(head.subarray(0, 1024)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart()
  if (!text.startsWith('<')) return false
  return /<svg[\s>]/i.test(text)
}

/** The MIME type of a file from its first bytes (at least SNIFF_BYTES when the file has them). */
export function sniffMime(head: Uint8Array, originalName?: string): string {
  const ext = extensionOf(originalName)
  if (ascii(head, 0, '%PDF-')) return MIME.pdf
  if (bytes(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return MIME.png
  if (bytes(head, 0, [0xff, 0xd8, 0xff])) return MIME.jpeg
  if (ascii(head, 0, 'GIF87a') || ascii(head, 0, 'GIF89a')) return MIME.gif
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return MIME.webp
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE')) return MIME.wav
  if (bytes(head, 0, [0x50, 0x4b, 0x03, 0x04]) || bytes(head, 0, [0x50, 0x4b, 0x05, 0x06])) return OFFICE_BY_EXT[ext] ?? MIME.zip
  if (bytes(head, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return OLE_BY_EXT[ext] ?? MIME.ole
  if (ascii(head, 4, 'ftyp')) {
    const brand = Buffer.from(head.subarray(8, 12)).toString('latin1')
    if (brand === 'qt  ') return MIME.mov
    if (brand === 'M4A ' || brand === 'M4B ') return MIME.m4a
    return MIME.mp4
  }
  if (ascii(head, 0, 'ID3')) return MIME.mp3
  // MPEG audio frame sync: 11 set bits, a layer that is not "reserved"
  if (head.length >= 2 && head[0] === 0xff && (head[1]! & 0xe0) === 0xe0 && (head[1]! & 0x06) !== 0) return MIME.mp3
  if (ascii(head, 0, 'Rar!\x1a\x07')) return MIME.rar
  if (bytes(head, 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return MIME.sevenZip
  if (bytes(head, 0, [0x1f, 0x8b])) return MIME.gzip
  if (looksLikeSvg(head)) return MIME.svg
  return MIME.unknown
}

/** A short Chinese label for a type, for the 跳过清单. */
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
    [MIME.ole]: '旧版 Office 文件',
    [MIME.doc]: '旧版 Word 文档（.doc）',
    [MIME.xls]: '旧版 Excel 表格（.xls）',
    [MIME.ppt]: '旧版 PowerPoint（.ppt）',
    [MIME.rar]: 'RAR 压缩包',
    [MIME.sevenZip]: '7z 压缩包',
    [MIME.gzip]: 'gzip 压缩包',
  }
  return labels[mime] ?? '无法识别的类型'
}
