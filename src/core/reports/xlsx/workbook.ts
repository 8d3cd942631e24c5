import ExcelJS from 'exceljs'

/**
 * A one-sheet .xlsx of text and numbers, as the exports need (文书清单, 问题清单). Every text goes in
 * as a string cell (a shared string, `t="s"`), never as a formula, so text starting with = + - @ or
 * TAB/CR stays text that no spreadsheet evaluates (docs/design/hostile-inputs.md "Exports"; the same
 * choice as rubric/exchange/xlsx.ts). Header row bold and frozen; columns sized to their content.
 */
export async function simpleWorkbook(sheetName: string, headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>, date: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '专家评审工作台'
  wb.created = date
  wb.modified = date
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.addRow([...headers]).font = { bold: true }
  for (const r of rows) {
    const row = ws.addRow([])
    r.forEach((v, i) => {
      // assigning a string keeps it a string cell: exceljs turns only `{ formula }` objects into formulas
      row.getCell(i + 1).value = v
    })
  }
  headers.forEach((h, i) => {
    const longest = Math.max([...h].length * 2, ...rows.map((r) => [...String(r[i] ?? '')].length * 2))
    ws.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2))
  })
  return new Uint8Array(await wb.xlsx.writeBuffer())
}
