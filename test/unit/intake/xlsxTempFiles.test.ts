import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { readRosterTable } from '../../../src/core/intake/roster/readRosterTable'
import { rubricFromXlsx } from '../../../src/core/rubric/exchange/xlsx'
import { makeXlsx, rebuildXlsx } from './helpers/sheets'

/**
 * exceljs' streaming reader parks a worksheet that arrives before the shared strings (Excel's own
 * part order) in a temp file under os.tmpdir(), outside the workspace (issue 7). The one xlsx reader
 * hands exceljs the package re-ordered, so nothing is written there. TMPDIR points at an empty
 * folder for each test; os.tmpdir() reads it on every call, as exceljs' `tmp` package does.
 */
let spy = ''
const saved = process.env.TMPDIR
beforeEach(async () => {
  spy = await mkdtemp(join(tmpdir(), 'wb-tmpdir-spy-'))
  process.env.TMPDIR = spy
})
afterEach(async () => {
  process.env.TMPDIR = saved
  if (saved === undefined) delete process.env.TMPDIR
  await rm(spy, { recursive: true, force: true })
})

async function excelOrder(): Promise<Buffer> {
  const x = await makeXlsx((ws) => {
    ws.addRow(['学校名称', '专业名称'])
    for (let i = 0; i < 200; i++) ws.addRow([`学校${i}`, '数控'])
  })
  const late = (n: string) => n === 'xl/sharedStrings.xml' || n === 'xl/styles.xml'
  return rebuildXlsx(x, (parts) => [...parts.filter((p) => !late(String(p.name))), ...parts.filter((p) => late(String(p.name)))])
}

describe('no worksheet text in the OS temp folder', () => {
  it('the control: plain exceljs parks the sheet of an Excel-ordered package under TMPDIR', async () => {
    const input = new PassThrough()
    input.end(await excelOrder())
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', worksheets: 'emit' })
    let parked: string[] = []
    for await (const sheet of reader) {
      parked = await readdir(spy) // the sheet was copied out before it is parsed
      for await (const _row of sheet) continue
    }
    expect(parked.length).toBeGreaterThan(0)
  })

  it('readRosterTable and rubricFromXlsx leave TMPDIR empty, for a read stopped early too', async () => {
    const x = await excelOrder()
    const r = await readRosterTable(x, '汇总.xlsx')
    expect(r.ok && r.table.rows).toHaveLength(200)
    await expect(readRosterTable(x, '汇总.xlsx', { maxRows: 10 })).rejects.toThrow(/10 行/)
    await rubricFromXlsx(x, '汇总.xlsx')
    expect(await readdir(spy)).toEqual([])
  })
})
