import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { buildZip, type ZipEntrySpec } from './zipBuilder'

/** An .xlsx built with exceljs at run time; `fill` writes the first sheet. */
export async function makeXlsx(fill: (ws: ExcelJS.Worksheet) => void, sheetName = '申报汇总'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  fill(wb.addWorksheet(sheetName))
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/**
 * Rebuilds an .xlsx part by part with zipBuilder, so a test can make one part lie about its size,
 * add a hidden part, or swap a part's XML. (JSZip only reads our own generated fixture here; it is
 * never used to read an import — docs/design/hostile-inputs.md.)
 */
export async function rebuildXlsx(xlsx: Buffer, edit: (parts: ZipEntrySpec[]) => ZipEntrySpec[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx)
  const parts: ZipEntrySpec[] = []
  for (const f of Object.values(zip.files)) if (!f.dir) parts.push({ name: f.name, data: await f.async('nodebuffer') })
  return buildZip(edit(parts))
}

let gbTable: Map<string, number[]> | undefined

/**
 * GB18030 bytes for CJK text (Node has a GB18030 decoder but no encoder): a reverse table built
 * once by decoding every two-byte code. ASCII passes through.
 */
export function encodeGb18030(text: string): Buffer {
  if (!gbTable) {
    gbTable = new Map()
    const dec = new TextDecoder('gb18030')
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue
        const ch = dec.decode(new Uint8Array([a, b]))
        if (ch.length === 1 && ch !== '\uFFFD' && !gbTable.has(ch)) gbTable.set(ch, [a, b])
      }
    }
  }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else {
      const bytes = gbTable.get(ch)
      if (!bytes) throw new Error(`no two-byte GB18030 code for ${ch}`)
      out.push(...bytes)
    }
  }
  return Buffer.from(out)
}
