import yauzl from 'yauzl'
import { WorkbenchError } from '../domain/errors'

/** Caps for the preview: a .docx is a zip, and a hostile one can be a bomb (docs/design/hostile-inputs.md §6). */
const MAX_XML_BYTES = 30 * 1024 * 1024
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
 * never followed. Caps: the XML part's declared and actual size, its compression ratio, paragraphs
 * and characters.
 */
export function docxText(path: string): Promise<DocxText> {
  const refuse = (why: string) => new WorkbenchError('INVALID_INPUT', `无法预览该 Word 文件：${why}`, { details: { reason: 'DOCX_PREVIEW' } })
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(refuse('不是有效的 .docx（压缩包无法读取）'))
      let found = false
      zip.on('error', () => reject(refuse('压缩包已损坏')))
      zip.on('end', () => {
        if (!found) reject(refuse('缺少正文部分 word/document.xml'))
      })
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== 'word/document.xml') return zip.readEntry()
        found = true
        if (entry.uncompressedSize > MAX_XML_BYTES) {
          zip.close()
          return reject(refuse('正文过大'))
        }
        if (entry.compressedSize > 0 && entry.uncompressedSize / entry.compressedSize > MAX_RATIO && entry.uncompressedSize > 1024 * 1024) {
          zip.close()
          return reject(refuse('压缩比异常（疑似压缩炸弹）'))
        }
        zip.openReadStream(entry, (e2, stream) => {
          if (e2 || !stream) return reject(refuse('正文无法解压'))
          const chunks: Buffer[] = []
          let size = 0
          stream.on('data', (c: Buffer) => {
            size += c.length
            if (size > MAX_XML_BYTES) {
              stream.destroy()
              zip.close()
              reject(refuse('正文过大'))
            } else chunks.push(c)
          })
          stream.on('error', () => reject(refuse('正文无法解压（数据与声明不符）')))
          stream.on('end', () => {
            zip.close()
            resolve(paragraphsOf(Buffer.concat(chunks).toString('utf8')))
          })
        })
      })
      zip.readEntry()
    })
  })
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
