/**
 * What the bytes are, before any spreadsheet code sees them (docs/design/hostile-inputs.md: sniff content, not
 * extensions; zip caps checked before inflating). An .xlsx is a zip with [Content_Types].xml and
 * xl/workbook.xml. The central directory is read by hand, every entry's declared size is capped and
 * then checked against what it really inflates to (zlib's maxOutputLength stops a lying header at
 * the declared size), and the local entries must tile the file up to the directory, so the
 * streaming reader, which walks local headers, sees exactly the entries checked here.
 *
 * The checked entries are then handed on re-ordered: workbook, its relationships, styles and shared
 * strings first (an empty shared-string table is added when there is none). exceljs's streaming
 * reader parses a worksheet as it arrives only once those are known; otherwise it parks the sheet
 * in a temporary file outside the workspace, and — when the shared strings precede the workbook, as
 * in a workbook exceljs itself wrote and re-saved — fails on the sheet name.
 */
import { inflateRawSync } from 'node:zlib'
import { LIMITS } from './xlsxLayout'

export type SniffResult = { ok: true; ordered: Uint8Array } | { ok: false; message: string }

const SIG_LOCAL = 0x04034b50
const SIG_CENTRAL = 0x02014b50
const SIG_END = 0x06054b50
const SIG_DESCRIPTOR = 0x08074b50
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const SAVE_AS = '请在 Excel 或 WPS 中打开后“另存为” Excel 工作簿（.xlsx）再导入'

function hex(bytes: Uint8Array, n: number): string {
  return [...bytes.subarray(0, n)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ')
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return false
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x1b) control++
  }
  return control <= n / 100
}

interface CentralEntry {
  name: string
  /** where its central directory record is, to copy it */
  cdStart: number
  cdEnd: number
  /** end of its local block (header, data, descriptor) */
  localEnd: number
  flags: number
  method: number
  compressedSize: number
  size: number
  localOffset: number
}

/** Identifies the bytes; `ok` only for a sound, reasonably sized xlsx container. */
export function sniffXlsx(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { ok: false, message: '文件为空（0 字节），不是 Excel 工作簿' }
  if (startsWith(bytes, CFB_MAGIC)) {
    return {
      ok: false,
      message: `这是旧版 Excel 97-2003 工作簿（.xls）或设置了打开密码的 Excel 文件（文件头 D0 CF 11 E0），不是 .xlsx：${SAVE_AS}，如有密码请先取消`,
    }
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { ok: false, message: '这是 PDF 文件，不是 Excel 工作簿' }
  const isZip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])
  if (!isZip) {
    if (looksLikeText(bytes)) {
      const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart()
      const what = head.startsWith('<') ? '文本文件（XML 或网页格式）' : '文本文件（可能是 CSV 或制表符分隔的文本）'
      return { ok: false, message: `这是${what}，只是扩展名为 .xlsx，不是 Excel 工作簿：${SAVE_AS}` }
    }
    return { ok: false, message: `不是 Excel 工作簿（无法识别的文件内容，文件头 ${hex(bytes, 4)}）` }
  }
  const corrupt = (why: string): SniffResult => ({ ok: false, message: `文件已损坏或不完整，无法作为 Excel 工作簿读取（${why}）` })
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u32 = (o: number) => view.getUint32(o, true)
  const u16 = (o: number) => view.getUint16(o, true)

  // end of central directory: within the last 22 + 65535 bytes
  let end = -1
  for (let o = bytes.length - 22; o >= Math.max(0, bytes.length - 22 - 0xffff); o--) {
    if (u32(o) === SIG_END) {
      end = o
      break
    }
  }
  if (end < 0) return corrupt('找不到 ZIP 目录')
  const count = u16(end + 10)
  const cdSize = u32(end + 12)
  const cdOffset = u32(end + 16)
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || u16(end + 8) !== count) return corrupt('分卷 ZIP')
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return { ok: false, message: '文件使用 ZIP64 格式，指标体系表不需要这么大的文件，不予读取' }
  if (count === 0) return corrupt('ZIP 压缩包是空的')
  if (count > LIMITS.zipEntries) return { ok: false, message: `文件包含 ${count} 个内部条目，超过上限 ${LIMITS.zipEntries}，不予读取` }
  if (cdOffset + cdSize > end) return corrupt('ZIP 目录位置不正确')

  const entries: CentralEntry[] = []
  let declared = 0
  let o = cdOffset
  for (let i = 0; i < count; i++) {
    if (o + 46 > end || u32(o) !== SIG_CENTRAL) return corrupt('ZIP 目录条目不正确')
    const flags = u16(o + 8)
    const method = u16(o + 10)
    const compressedSize = u32(o + 20)
    const size = u32(o + 24)
    const nameLen = u16(o + 28)
    const extraLen = u16(o + 30)
    const commentLen = u16(o + 32)
    const localOffset = u32(o + 42)
    if (o + 46 + nameLen > end) return corrupt('ZIP 目录条目不正确')
    const name = new TextDecoder('utf-8').decode(bytes.subarray(o + 46, o + 46 + nameLen))
    if (flags & 0x1) return { ok: false, message: '文件内容已加密（设置了密码），请先在 Excel 中取消密码再导入' }
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) return { ok: false, message: '文件使用 ZIP64 格式，不予读取' }
    if (method !== 0 && method !== 8) return corrupt(`条目「${name}」使用了不支持的压缩方式 ${method}`)
    declared += size
    if (size > LIMITS.zipInflatedBytes || declared > LIMITS.zipInflatedBytes) {
      return { ok: false, message: `文件解压后超过 ${LIMITS.zipInflatedBytes / 1024 / 1024} MB，不是正常的指标体系表，不予读取` }
    }
    entries.push({ name, cdStart: o, cdEnd: o + 46 + nameLen + extraLen + commentLen, localEnd: 0, flags, method, compressedSize, size, localOffset })
    o += 46 + nameLen + extraLen + commentLen
  }

  const names = new Set(entries.map((e) => e.name))
  if (!names.has('xl/workbook.xml') || !names.has('[Content_Types].xml')) {
    if (names.has('word/document.xml')) return { ok: false, message: `这是 Word 文档（.docx），不是 Excel 工作簿` }
    if (names.has('ppt/presentation.xml')) return { ok: false, message: `这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿` }
    if (names.has('xl/workbook.bin')) return { ok: false, message: `这是 Excel 二进制工作簿（.xlsb），不是 .xlsx：${SAVE_AS}` }
    if (names.has('mimetype') || names.has('content.xml')) return { ok: false, message: `这是 OpenDocument 文件（如 .ods），不是 .xlsx：${SAVE_AS}` }
    return { ok: false, message: '这是一个 ZIP 压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）' }
  }

  // local entries, in file order, must tile [0, cdOffset) and inflate to exactly their declared size
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset)
  let expected = 0
  for (const e of byOffset) {
    if (e.localOffset !== expected) return corrupt('ZIP 条目之间有多余的数据')
    const lo = e.localOffset
    if (lo + 30 > cdOffset || u32(lo) !== SIG_LOCAL) return corrupt(`条目「${e.name}」的头部不正确`)
    const localFlags = u16(lo + 6)
    const dataStart = lo + 30 + u16(lo + 26) + u16(lo + 28)
    const dataEnd = dataStart + e.compressedSize
    if (dataEnd > cdOffset) return corrupt(`条目「${e.name}」超出文件范围`)
    if (e.method === 0 && localFlags & 0x8) return corrupt('不支持的 ZIP 结构（未压缩条目带数据描述符）')
    let size: number
    try {
      const data = bytes.subarray(dataStart, dataEnd)
      size = e.method === 0 ? data.length : inflateRawSync(data, { maxOutputLength: e.size + 1 }).length
    } catch {
      return corrupt(`条目「${e.name}」无法解压或解压后大于声明的大小`)
    }
    if (size !== e.size) return corrupt(`条目「${e.name}」解压后的大小与目录不符`)
    expected = dataEnd
    if (localFlags & 0x8) {
      // data descriptor: optional signature, crc, sizes (12 or 16 bytes; ZIP64 was refused above)
      expected += dataEnd + 4 <= cdOffset && u32(dataEnd) === SIG_DESCRIPTOR ? 16 : 12
    }
    e.localEnd = expected
  }
  if (expected !== cdOffset) return corrupt('ZIP 目录之前有多余的数据')
  return { ok: true, ordered: reorder(bytes, entries, end) }
}

const FIRST = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml']

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()
function crc32(data: Uint8Array): number {
  let c = 0xffffffff
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** A stored entry (local block and central record) for a small generated file. */
function storedEntry(name: string, content: Uint8Array): { local: Uint8Array; central: Uint8Array } {
  const nameBytes = new TextEncoder().encode(name)
  const crc = crc32(content)
  const local = new Uint8Array(30 + nameBytes.length + content.length)
  const lv = new DataView(local.buffer)
  lv.setUint32(0, SIG_LOCAL, true)
  lv.setUint16(4, 20, true)
  lv.setUint16(12, 0x21, true) // 1980-01-01
  lv.setUint32(14, crc, true)
  lv.setUint32(18, content.length, true)
  lv.setUint32(22, content.length, true)
  lv.setUint16(26, nameBytes.length, true)
  local.set(nameBytes, 30)
  local.set(content, 30 + nameBytes.length)
  const central = new Uint8Array(46 + nameBytes.length)
  const cv = new DataView(central.buffer)
  cv.setUint32(0, SIG_CENTRAL, true)
  cv.setUint16(4, 20, true)
  cv.setUint16(6, 20, true)
  cv.setUint16(14, 0x21, true)
  cv.setUint32(16, crc, true)
  cv.setUint32(20, content.length, true)
  cv.setUint32(24, content.length, true)
  cv.setUint16(28, nameBytes.length, true)
  central.set(nameBytes, 46)
  return { local, central }
}

const EMPTY_SST = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>',
)

/** The same zip with the workbook-level parts first; local blocks and records are copied byte for byte. */
function reorder(bytes: Uint8Array, entries: readonly CentralEntry[], end: number): Uint8Array {
  type Part = { local: Uint8Array; central: Uint8Array; rank: number; index: number }
  const parts: Part[] = entries.map((e, index) => {
    const i = FIRST.indexOf(e.name)
    return {
      local: bytes.subarray(e.localOffset, e.localEnd),
      central: bytes.slice(e.cdStart, e.cdEnd),
      rank: i < 0 ? FIRST.length : i,
      index,
    }
  })
  if (!entries.some((e) => e.name === 'xl/sharedStrings.xml')) {
    parts.push({ ...storedEntry('xl/sharedStrings.xml', EMPTY_SST), rank: FIRST.indexOf('xl/sharedStrings.xml'), index: parts.length })
  }
  parts.sort((a, b) => a.rank - b.rank || a.index - b.index)
  const localSize = parts.reduce((n, p) => n + p.local.length, 0)
  const cdSize = parts.reduce((n, p) => n + p.central.length, 0)
  const out = new Uint8Array(localSize + cdSize + 22)
  const view = new DataView(out.buffer)
  let o = 0
  const offsets: number[] = []
  for (const p of parts) {
    offsets.push(o)
    out.set(p.local, o)
    o += p.local.length
  }
  const cdOffset = o
  parts.forEach((p, i) => {
    out.set(p.central, o)
    view.setUint32(o + 42, offsets[i]!, true)
    o += p.central.length
  })
  out.set(bytes.subarray(end, end + 20), o)
  view.setUint16(o + 8, parts.length, true)
  view.setUint16(o + 10, parts.length, true)
  view.setUint32(o + 12, cdSize, true)
  view.setUint32(o + 16, cdOffset, true)
  view.setUint16(o + 20, 0, true) // no comment
  return out
}
