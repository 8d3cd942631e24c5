import JSZip from 'jszip'
import { expect } from 'vitest'
import type { ReportFonts } from '../../src/core/domain/reportFonts'

/** The parts of a .docx the GB/T 9704 checks read. */
export async function docxParts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes)
  const read = async (path: string) => {
    const f = zip.file(path)
    if (!f) throw new Error(`missing ${path}`)
    return f.async('string')
  }
  const footerPaths = Object.keys(zip.files).filter((p) => /^word\/footer\d+\.xml$/.test(p))
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    core: await read('docProps/core.xml'),
    footers: await Promise.all(footerPaths.map(read)),
    files: Object.keys(zip.files),
  }
}

/** The text of each paragraph of an XML part: its w:t contents joined, entities decoded. */
export function xmlParagraphTexts(xml: string): string[] {
  const decode = (s: string) =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
  return [...xml.matchAll(/<w:p\/>|<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''),
  )
}

/**
 * GB/T 9704-2012 as docs/domain/report-format.md states it, read from the package of any report kind:
 * A4, the margins in twips, the 22 × 28 grid, body 3号 in the body font, the title 2号 in the title font,
 * footers "— PAGE —" in 4号, odd right / even left with evenAndOddHeaders, and a date without zero padding.
 */
export async function expectGbtLayout(bytes: Uint8Array, o: { fonts: ReportFonts; title: string; date?: string }): Promise<void> {
  const p = await docxParts(bytes)
  const d = p.document
  expect(d).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/)
  const mar = /<w:pgMar ([^>]*)\/>/.exec(d)![1]!
  for (const [k, v] of Object.entries({ top: 2098, right: 1474, bottom: 1984, left: 1588 })) expect(mar).toContain(`w:${k}="${v}"`)
  const grid = /<w:docGrid ([^>]*)\/>/.exec(d)![1]!
  // 22 lines: a line grid of 578 twips in the 225 mm block (12755 twips); 28 characters: 3号 (16 pt = 320
  // twips) across the 156 mm block (8844 twips). No character pitch: LibreOffice misreads one (gbt9704.ts).
  expect(grid).toContain('w:type="lines"')
  expect(grid).toContain('w:linePitch="578"')
  expect(grid).not.toContain('w:charSpace')
  const block = { height: 16838 - 2098 - 1984, width: 11906 - 1588 - 1474 }
  expect(Math.floor(block.height / 578)).toBe(22)
  expect(Math.round(block.width / 320)).toBe(28)
  // body default: the body font for every script at 3号 (sz 32)
  expect(p.styles).toContain(`w:eastAsia="${o.fonts.body}"`)
  expect(p.styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="32"\/>/)
  // the title: 2号 (sz 44) in the title font, centred
  const titleP = [...d.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((x) => xmlParagraphTexts(x)[0] === o.title)
  expect(titleP, `title paragraph "${o.title}"`).toBeDefined()
  expect(titleP).toContain('<w:jc w:val="center"/>')
  expect(titleP).toContain(`w:eastAsia="${o.fonts.title}"`)
  expect(titleP).toContain('<w:sz w:val="44"/>')
  // headings 一、 in the heading font
  const heading = [...d.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((x) => /^一、/.test(xmlParagraphTexts(x)[0] ?? ''))
  if (heading) expect(heading).toContain(`w:eastAsia="${o.fonts.heading}"`)
  // page numbers: "— PAGE —", 4号, odd right / even left, even/odd footers switched on
  expect(p.settings).toContain('<w:evenAndOddHeaders/>')
  expect(d).toMatch(/<w:footerReference w:type="default"/)
  expect(d).toMatch(/<w:footerReference w:type="even"/)
  expect(p.footers).toHaveLength(2)
  for (const f of p.footers) {
    expect(f).toMatch(/<w:t xml:space="preserve">— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/)
    expect(f).toContain('<w:sz w:val="28"/>')
    expect(f).toContain(`w:eastAsia="${o.fonts.pageNumber}"`)
  }
  // the side of the number: right-aligned, or pushed right by a tab after a note; otherwise left
  const side = (f: string) =>
    /<w:jc w:val="right"\/>/.test(f) || /<w:tab\/>[\s\S]*PAGE/.test(f) ? 'right' : 'left'
  expect(p.footers.map(side).sort()).toEqual(['left', 'right'])
  // dates: no zero padding anywhere in the text; the expected date where given
  const text = xmlParagraphTexts(d).join('\n')
  expect(text).not.toMatch(/\d{4}年0\d月|\d{1,2}月0\d日/)
  if (o.date) expect(text).toContain(o.date)
  // everything black
  expect(d).not.toMatch(/<w:color w:val="(?!000000)[0-9A-Fa-f]{6}"\/>/)
}
