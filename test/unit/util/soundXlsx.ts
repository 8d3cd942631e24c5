import type ExcelJS from 'exceljs'

/**
 * `wb.xlsx.writeBuffer()` with every part handed to JSZip as UTF-8 bytes. exceljs 4.4 hands parts
 * over as JS strings, which JSZip encodes in 16 K-character slices, so a character outside the BMP
 * (𠀀, emoji) straddling a slice is written as two U+FFFD — a fixture must not be corrupted by the
 * writer before the reader is tested (the rubric writer, src/core/rubric/exchange/xlsx.ts, does the
 * same for its exports). Only this workbook instance is touched.
 */
export async function writeSoundXlsx(wb: ExcelJS.Workbook): Promise<Buffer> {
  const xlsx = wb.xlsx as unknown as Record<string, unknown>
  type Zip = { append(data: unknown, options: { name: string; base64?: boolean }): unknown }
  for (const m of ['addSharedStrings', 'addWorksheets', 'addWorkbook', 'addStyles']) {
    const original = xlsx[m]
    if (typeof original !== 'function') throw new Error(`exceljs XLSX has no ${m}`)
    xlsx[m] = (zip: Zip, ...rest: unknown[]) =>
      original.call(xlsx, { append: (data: unknown, o: { name: string; base64?: boolean }) => zip.append(typeof data === 'string' && !o.base64 ? Buffer.from(data, 'utf8') : data, o) }, ...rest)
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
