import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { PassThrough } from 'node:stream'
import { decodeWholeCharacters, openSafeWorkbookReader } from '../../../src/core/util/exceljsSafeReader'
import { writeSoundXlsx } from './soundXlsx'

const TEXTS = ['湖南省机械工业技师学院', '𠀀𠀁𠀂职业技术学院', '智能制造设备技术应用🚀', '专家评审教学资源建设']

async function bigWorkbook(rows: number): Promise<{ bytes: Buffer; want: string[] }> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('表')
  const want: string[] = []
  for (let i = 0; i < rows; i++) {
    const s = `${TEXTS[i % TEXTS.length]}，第${i}行`
    want.push(s)
    ws.addRow([s])
  }
  return { bytes: await writeSoundXlsx(wb), want }
}

async function firstColumn(reader: ExcelJS.stream.xlsx.WorkbookReader): Promise<string[]> {
  const got: string[] = []
  for await (const sheet of reader) for await (const row of sheet) got.push(String(row.getCell(1).value))
  return got
}

describe('openSafeWorkbookReader', () => {
  it('reads multi-byte characters that straddle inflate chunks whole, where plain exceljs does not', async () => {
    const { bytes, want } = await bigWorkbook(2000)
    const sst = (await (await JSZip.loadAsync(bytes)).file('xl/sharedStrings.xml')!.async('nodebuffer')).toString('utf8')
    expect(sst).not.toContain('\uFFFD') // the fixture itself is sound
    expect(Buffer.byteLength(sst)).toBeGreaterThan(64 * 1024)

    const safe = openSafeWorkbookReader(bytes, { sharedStrings: 'cache', worksheets: 'emit' })
    const got = await firstColumn(safe.reader)
    safe.close()
    expect(got).toEqual(want)

    // The control: exceljs 4.4 on its own corrupts this fixture. If an exceljs upgrade makes this
    // fail, the upstream bug may be fixed and the patch in exceljsSafeReader.ts can be re-examined.
    const input = new PassThrough()
    input.end(bytes)
    const plain = await firstColumn(new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', worksheets: 'emit' }))
    expect(plain.some((s) => s.includes('\uFFFD'))).toBe(true)
  })

  it('close() may be called after a read stopped early, and twice', async () => {
    const { bytes, want } = await bigWorkbook(50)
    const { reader, close } = openSafeWorkbookReader(bytes, {})
    let first = ''
    for await (const sheet of reader) {
      for await (const row of sheet) {
        first = String(row.getCell(1).value)
        break
      }
      break
    }
    close()
    close()
    expect(first).toBe(want[0])
  })

  it('fails loudly when exceljs no longer has the part parsers it patches', () => {
    expect(() => decodeWholeCharacters({})).toThrow(/_parseRels.*exceljs version/)
    const noSheet = { _parseRels() {}, _parseWorkbook() {}, _parseSharedStrings() {}, _parseStyles() {} }
    expect(() => decodeWholeCharacters(noSheet)).toThrow(/_parseWorksheet/)
  })
})
