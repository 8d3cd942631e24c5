import type { PDFDocumentProxy } from 'pdfjs-dist'

/** One page's text as pdf.js extracts it, items joined (no layout): enough to find words and phrases. */
async function pageText(doc: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const content = await (await doc.getPage(pageNumber)).getTextContent()
  return content.items.map((it) => ('str' in it ? it.str : '')).join('')
}

/** Occurrences of `query` per page, ignoring case and spaces (Chinese text is often split by layout). */
function countIn(text: string, query: string): number {
  const hay = text.replace(/\s+/g, '').toLowerCase()
  const needle = query.replace(/\s+/g, '').toLowerCase()
  if (!needle) return 0
  let n = 0
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) n++
  return n
}

/** Every hit of `query` in the first `pages` pages, in reading order: one entry per occurrence, naming its page. */
export async function findInPdf(doc: PDFDocumentProxy, pages: number, query: string, signal: AbortSignal): Promise<number[]> {
  const hits: number[] = []
  for (let p = 1; p <= pages; p++) {
    if (signal.aborted) break
    const n = countIn(await pageText(doc, p), query)
    for (let i = 0; i < n; i++) hits.push(p)
  }
  return hits
}
