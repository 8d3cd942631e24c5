import { getDocument, GlobalWorkerOptions, type PDFDocumentLoadingTask } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

// pdf.js parses in its worker, bundled by Vite as a file of the app (CSP: worker-src 'self').
GlobalWorkerOptions.workerSrc = workerUrl

/**
 * CMaps (CJK text in PDFs whose fonts are not embedded, common in Chinese documents) and the standard
 * fonts, bundled as files of the app and looked up by name. `no-inline`: a small one inlined as a data:
 * URL could not be fetched under the app's CSP (connect-src 'self').
 */
const CMAPS = import.meta.glob<string>('../../../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
})
const FONTS = import.meta.glob<string>('../../../../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
})

const byFileName = (urls: Record<string, string>) => new Map(Object.entries(urls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]))
const CMAP_URLS = byFileName(CMAPS)
const FONT_URLS = byFileName(FONTS)

async function bytesOf(url: string | undefined, what: string): Promise<Uint8Array> {
  if (!url) throw new Error(`${what} is not bundled`)
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status}`)
  return new Uint8Array(await res.arrayBuffer())
}

/** pdf.js calls `fetch({ name })` on the main thread when a page needs a CMap. */
class BundledCMapReader {
  async fetch({ name }: { name: string }) {
    return { cMapData: await bytesOf(CMAP_URLS.get(`${name}.bcmap`), `CMap ${name}`), isCompressed: true }
  }
}

/** …and `fetch({ filename })` for a standard font a PDF names without embedding it. */
class BundledFontReader {
  async fetch({ filename }: { filename: string }) {
    return bytesOf(FONT_URLS.get(filename), `font ${filename}`)
  }
}

/** Largest image inside a PDF that is decoded (pixels); a bigger one is left blank (docs/design/hostile-inputs.md §6). */
const MAX_IMAGE_PIXELS = 40_000_000

/**
 * Opens a material as a PDF, with eval off (docs/design/hostile-inputs.md: pdf.js with isEvalSupported: false, so a
 * crafted font cannot run code; CVE-2024-4367) and no XFA. Over http(s) pdf.js reads it by range
 * requests; from Electron's wb-attachment: scheme the bytes are fetched first (pdf.js streams only http).
 */
export async function openPdf(url: string): Promise<PDFDocumentLoadingTask> {
  const absolute = new URL(url, window.location.href)
  const common = {
    isEvalSupported: false,
    enableXfa: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    CMapReaderFactory: BundledCMapReader,
    StandardFontDataFactory: BundledFontReader,
    useSystemFonts: true,
  }
  if (absolute.protocol === 'http:' || absolute.protocol === 'https:') {
    return getDocument({ ...common, url: absolute.href, disableAutoFetch: true })
  }
  const res = await fetch(absolute.href)
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  return getDocument({ ...common, data: new Uint8Array(await res.arrayBuffer()) })
}
