import { crc32 } from 'node:zlib'
import type { FileKind } from './sniff'
import { guardZip, ZipGuardError, type GuardedEntry, type ZipViolation } from './zipGuard'
import { classifyZipError, ZipReader } from './zipReader'

/**
 * An .xlsx package checked by the one zip guard and handed on in an order exceljs can stream.
 *
 * Checks (docs/design/hostile-inputs.md, "Zip" and cases "xlsx"): the guard's caps with `contiguous` (the local
 * entries tile the file up to the central directory, so exceljs' front-to-back unzipper sees exactly
 * the checked entries and no hidden or overlapping one), no ZIP64, the parts of a workbook present
 * (a .docx, .pptx, .xlsb, .ods or plain zip is named for what it is), and every part inflated once
 * with its byte count and CRC checked, so no part holds more than it declares.
 *
 * Order: workbook, its relationships, styles and shared strings first (an empty shared-string table
 * is added when there is none). exceljs' streaming reader parses a worksheet as it arrives only once
 * the shared strings and workbook relationships are known; otherwise it parks the worksheet text in
 * a temporary file under os.tmpdir() — outside the workspace — through the `tmp` package
 * (exceljs 4.4 lib/stream/xlsx/workbook-reader.js). Re-ordered, nothing is ever parked: the read
 * stays in memory and the caps bound it. xlsxCells.ts makes that a guarantee.
 */
export type XlsxPackageProblem =
  | { kind: 'zip'; violation: ZipViolation }
  | { kind: 'notXlsx'; actual: FileKind | 'xlsb' | 'ods' }
  | { kind: 'missingPart'; part: string }
  | { kind: 'zip64' }

export class XlsxPackageError extends Error {
  constructor(readonly problem: XlsxPackageProblem) {
    super(`xlsx package refused: ${problem.kind}`)
  }
}

export interface XlsxCaps {
  maxParts: number
  /** all parts together, uncompressed (also the cap of one part) */
  maxUnzippedBytes: number
}

const FIRST = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml']
const ZIP64_EXTRA = 0x0001

const zipFail = (violation: ZipViolation): never => {
  throw new XlsxPackageError({ kind: 'zip', violation })
}

/** Checks the package (see the module comment) and returns it re-ordered; throws XlsxPackageError. */
export async function checkXlsxPackage(bytes: Uint8Array, caps: XlsxCaps): Promise<Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let reader: ZipReader
  try {
    reader = await ZipReader.open(buf)
  } catch (e) {
    return zipFail({ kind: 'corrupt', cause: String(e) })
  }
  try {
    let guarded
    try {
      guarded = await guardZip(
        reader,
        {
          maxEntries: caps.maxParts,
          maxEntryBytes: caps.maxUnzippedBytes,
          maxTotalBytes: caps.maxUnzippedBytes,
          // XML compresses well; the size caps above are what bound the work
          maxRatio: Number.POSITIVE_INFINITY,
          ratioMinBytes: 0,
          maxArchiveRatio: Number.POSITIVE_INFINITY,
          archiveRatioMinBytes: 0,
        },
        { contiguous: true },
      )
    } catch (e) {
      if (e instanceof ZipGuardError) zipFail(e.violation)
      throw e
    }
    const entries = guarded.kept
    if (entries.some((g) => g.entry.extraFields.some((f) => f.id === ZIP64_EXTRA))) throw new XlsxPackageError({ kind: 'zip64' })
    const names = new Set(entries.map((g) => g.name))
    if (!names.has('xl/workbook.xml') || !names.has('[Content_Types].xml')) {
      if (names.has('word/document.xml')) throw new XlsxPackageError({ kind: 'notXlsx', actual: 'docx' })
      if (names.has('ppt/presentation.xml')) throw new XlsxPackageError({ kind: 'notXlsx', actual: 'pptx' })
      if (names.has('xl/workbook.bin')) throw new XlsxPackageError({ kind: 'notXlsx', actual: 'xlsb' })
      if (names.has('mimetype') || names.has('content.xml')) throw new XlsxPackageError({ kind: 'notXlsx', actual: 'ods' })
      if (![...names].some((n) => n.startsWith('xl/'))) throw new XlsxPackageError({ kind: 'notXlsx', actual: 'zip' })
      throw new XlsxPackageError({ kind: 'missingPart', part: names.has('[Content_Types].xml') ? 'xl/workbook.xml' : '[Content_Types].xml' })
    }
    if (!names.has('xl/_rels/workbook.xml.rels')) throw new XlsxPackageError({ kind: 'missingPart', part: 'xl/_rels/workbook.xml.rels' })
    for (const g of entries) {
      try {
        for await (const _chunk of reader.entryData(g.entry, g.dataStart)) {
          // discarded: only the byte count and CRC matter, checked as the data passes
        }
      } catch (e) {
        zipFail(classifyZipError(e) === 'sizeMismatch' ? { kind: 'sizeMismatch', entry: g.name } : { kind: 'corrupt', entry: g.name, cause: String(e) })
      }
    }
    return reorder(buf, entries, reader.centralDirectoryOffset)
  } finally {
    reader.close()
  }
}

const EMPTY_SST = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>',
)

interface Part {
  local: Buffer
  name: Buffer
  method: number
  flags: number
  time: number
  date: number
  crc: number
  csize: number
  usize: number
  external: number
  rank: number
  index: number
}

/**
 * The same package with the workbook-level parts first: each local block (header, data, descriptor)
 * copied byte for byte, a fresh central directory pointing at the new offsets.
 */
function reorder(bytes: Buffer, entries: readonly GuardedEntry[], cdOffset: number): Buffer {
  const byStart = [...entries].sort((a, b) => a.entry.relativeOffsetOfLocalHeader - b.entry.relativeOffsetOfLocalHeader)
  const parts: Part[] = byStart.map((g, i) => {
    const next = byStart[i + 1]?.entry.relativeOffsetOfLocalHeader ?? cdOffset
    const e = g.entry
    const rankAt = FIRST.indexOf(g.name)
    const raw = (e as unknown as { fileNameRaw?: Uint8Array }).fileNameRaw
    return {
      local: bytes.subarray(e.relativeOffsetOfLocalHeader, next),
      name: raw ? Buffer.from(raw) : Buffer.from(g.name, 'utf8'),
      method: e.compressionMethod,
      flags: e.generalPurposeBitFlag,
      time: e.lastModFileTime,
      date: e.lastModFileDate,
      crc: e.crc32 >>> 0,
      csize: e.compressedSize,
      usize: e.uncompressedSize,
      external: e.externalFileAttributes >>> 0,
      rank: rankAt < 0 ? FIRST.length : rankAt,
      index: entries.indexOf(g),
    }
  })
  if (!entries.some((g) => g.name === 'xl/sharedStrings.xml')) parts.push(storedPart('xl/sharedStrings.xml', EMPTY_SST, FIRST.indexOf('xl/sharedStrings.xml'), parts.length))
  parts.sort((a, b) => a.rank - b.rank || a.index - b.index)
  const out: Buffer[] = []
  const offsets: number[] = []
  let o = 0
  for (const p of parts) {
    offsets.push(o)
    out.push(p.local)
    o += p.local.length
  }
  const cdStart = o
  parts.forEach((p, i) => {
    const h = Buffer.alloc(46)
    h.writeUInt32LE(0x02014b50, 0)
    h.writeUInt16LE(20, 4)
    h.writeUInt16LE(20, 6)
    h.writeUInt16LE(p.flags, 8)
    h.writeUInt16LE(p.method, 10)
    h.writeUInt16LE(p.time, 12)
    h.writeUInt16LE(p.date, 14)
    h.writeUInt32LE(p.crc, 16)
    h.writeUInt32LE(p.csize, 20)
    h.writeUInt32LE(p.usize, 24)
    h.writeUInt16LE(p.name.length, 28)
    h.writeUInt32LE(p.external, 38)
    h.writeUInt32LE(offsets[i]!, 42)
    out.push(h, p.name)
    o += 46 + p.name.length
  })
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(o - cdStart, 12)
  end.writeUInt32LE(cdStart, 16)
  out.push(end)
  return Buffer.concat(out)
}

/** A stored part (local block and directory fields) for a small generated file. */
function storedPart(name: string, content: Buffer, rank: number, index: number): Part {
  const nameBytes = Buffer.from(name, 'utf8')
  const crc = crc32Of(content)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(0x21, 12) // 1980-01-01
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(content.length, 18)
  local.writeUInt32LE(content.length, 22)
  local.writeUInt16LE(nameBytes.length, 26)
  return {
    local: Buffer.concat([local, nameBytes, content]),
    name: nameBytes,
    method: 0,
    flags: 0,
    time: 0,
    date: 0x21,
    crc,
    csize: content.length,
    usize: content.length,
    external: 0,
    rank,
    index,
  }
}

function crc32Of(b: Buffer): number {
  return crc32(b) >>> 0
}
