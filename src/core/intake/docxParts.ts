import { WorkbenchError } from '../domain/errors'
import { guardZip, ZipGuardError } from './files/zipGuard'
import { ZipReader } from './files/zipReader'

/** Caps for a .docx read whole to be verified: a report is a few MB; a hostile file may be a bomb. */
const MAX_DOCX_BYTES = 100 * 1024 * 1024
const MAX_PART_BYTES = 60 * 1024 * 1024
const MAX_TOTAL_BYTES = 120 * 1024 * 1024

/**
 * Every part of a .docx (a file to verify: untrusted) as bytes by name, through the one zip guard
 * (names, encryption, overlap, declared sizes and ratios) and with each part's bytes checked against
 * its declared size and CRC as they are inflated. A refusal says, in Chinese, why the file is not a
 * readable .docx.
 */
export async function readDocxParts(bytes: Uint8Array, label: string): Promise<Map<string, Uint8Array>> {
  const refuse = (why: string) => new WorkbenchError('SIGNATURE_INVALID', `${label} 无法核验：${why}`, { details: { reason: 'DOCX_UNREADABLE' } })
  if (bytes.length > MAX_DOCX_BYTES) throw refuse('文件过大')
  let reader: ZipReader
  try {
    reader = await ZipReader.open(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  } catch {
    throw refuse('不是有效的 .docx 文件（压缩包无法读取）')
  }
  try {
    let kept
    try {
      kept = (
        await guardZip(reader, {
          maxEntries: 2000,
          maxEntryBytes: MAX_PART_BYTES,
          maxTotalBytes: MAX_TOTAL_BYTES,
          maxRatio: 200,
          ratioMinBytes: 1024 * 1024,
          maxArchiveRatio: Number.POSITIVE_INFINITY,
          archiveRatioMinBytes: 0,
        })
      ).kept
    } catch (e) {
      if (!(e instanceof ZipGuardError)) throw e
      throw refuse(e.violation.kind === 'ratio' ? '压缩比异常（疑似压缩炸弹）' : e.violation.kind === 'encrypted' ? '含加密条目' : '压缩包结构异常或已损坏')
    }
    const parts = new Map<string, Uint8Array>()
    for (const g of kept) {
      if (g.type !== 'file') continue
      const chunks: Buffer[] = []
      try {
        for await (const c of reader.entryData(g.entry, g.dataStart)) chunks.push(c)
      } catch {
        throw refuse(`部分 ${g.name} 无法解压（数据与声明不符）`)
      }
      if (parts.has(g.name)) throw refuse(`部分 ${g.name} 出现了两次`)
      parts.set(g.name, new Uint8Array(Buffer.concat(chunks)))
    }
    return parts
  } finally {
    reader.close()
  }
}
