import { WorkbenchError } from '../domain/errors'
import { openRegularFile } from './files/openRegular'
import { guardZip, ZipGuardError } from './files/zipGuard'
import { ZipReader } from './files/zipReader'

/** Caps for the preview: a .docx is a zip, and a hostile one can be a bomb (docs/design/hostile-inputs.md §6). */
const MAX_XML_BYTES = 30 * 1024 * 1024
/** the attachment store's per-file cap */
const MAX_PACKAGE_BYTES = 500 * 1024 * 1024
const MAX_RATIO = 200
const MAX_PARAGRAPHS = 5000
const MAX_CHARS = 400_000

export interface DocxText {
  paragraphs: string[]
  truncated: boolean
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e]!
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
  })
}

/**
 * The readable text of a .docx for the materials viewer: paragraphs of word/document.xml, as plain
 * strings (the UI renders them as text, never as HTML). No XML parser runs, so DTDs and entities
 * beyond the five XML ones and character references are never expanded; external relationships are
 * never followed. The package goes through the one zip guard (files/zipGuard.ts: overlapping
 * entries, names, encryption, the body part's declared size and ratio) before the body is inflated,
 * and the inflated bytes are capped and checked against the declared size and CRC as they arrive.
 */
export async function docxText(path: string): Promise<DocxText> {
  const refuse = (why: string) => new WorkbenchError('INVALID_INPUT', `无法预览该 Word 文件：${why}`, { details: { reason: 'DOCX_PREVIEW' } })
  const { fh } = await openRegularFile(path, 'docx', MAX_PACKAGE_BYTES, () => refuse('文件过大'))
  try {
    let reader: ZipReader
    try {
      reader = await ZipReader.open(fh)
    } catch {
      throw refuse('不是有效的 .docx（压缩包无法读取）')
    }
    try {
      let body
      try {
        const guarded = await guardZip(
          reader,
          { maxEntries: 10_000, maxEntryBytes: MAX_XML_BYTES, maxTotalBytes: MAX_XML_BYTES, maxRatio: MAX_RATIO, ratioMinBytes: 1024 * 1024, maxArchiveRatio: Number.POSITIVE_INFINITY, archiveRatioMinBytes: 0 },
          { classify: (g) => (g.name === 'word/document.xml' ? 'keep' : 'not the body') },
        )
        body = guarded.kept[0]
      } catch (e) {
        if (!(e instanceof ZipGuardError)) throw e
        const v = e.violation.kind
        throw refuse(v === 'entryTooLarge' || v === 'tooLarge' ? '正文过大' : v === 'ratio' ? '压缩比异常（疑似压缩炸弹）' : v === 'overlap' ? '压缩包结构异常（条目重叠）' : '压缩包已损坏')
      }
      if (!body) throw refuse('缺少正文部分 word/document.xml')
      const chunks: Buffer[] = []
      try {
        for await (const c of reader.entryData(body.entry, body.dataStart)) chunks.push(c)
      } catch {
        throw refuse('正文无法解压（数据与声明不符）')
      }
      return paragraphsOf(Buffer.concat(chunks).toString('utf8'))
    } finally {
      reader.close()
    }
  } finally {
    await fh.close()
  }
}

export function paragraphsOf(xml: string): DocxText {
  const paragraphs: string[] = []
  let chars = 0
  for (const p of xml.split(/<\/w:p>/)) {
    let text = ''
    for (const m of p.matchAll(/<w:(t|tab|br)(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/w:t>)/g)) {
      if (m[1] === 't') text += decodeXml(m[2] ?? '')
      else text += m[1] === 'tab' ? '\t' : '\n'
    }
    if (!text.trim() && !/<w:p[\s>]/.test(p)) continue
    paragraphs.push(text)
    chars += text.length
    if (paragraphs.length >= MAX_PARAGRAPHS || chars >= MAX_CHARS) return { paragraphs, truncated: true }
  }
  while (paragraphs.length && !paragraphs[paragraphs.length - 1]!.trim()) paragraphs.pop()
  return { paragraphs, truncated: false }
}
