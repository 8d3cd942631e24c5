import { WorkbenchError } from '../../domain/errors'
import { openXlsxCells } from '../files/xlsxCells'
import { intakeError, refuseFile } from '../intakeError'
import { xlsxUnreadableRefusal } from '../files/xlsxRefusal'
import { MSG } from '../messages'
import { cellText } from './cellText'
import type { RawCell, RawRow } from './types'

/**
 * Rows of the first worksheet of an .xlsx, read with exceljs' streaming WorkbookReader
 * (docs/design/hostile-inputs.md: "exceljs loading a 3-million-row xlsx whole ran 81 s and died out of memory;
 * its streaming WorkbookReader with a row cap stopped cleanly in 2.8 s"). Only rows present in the
 * file are visited — never `rowCount` or the sheet dimension, which one far cell (XFD1048576) makes a
 * million — and only cells present in a row. The caller stops the generator at its row cap; the
 * input stream is destroyed then. Styles are cached so date-formatted numbers come back as dates.
 * Call checkXlsxPackage() first (files/xlsxPackage.ts): exceljs' unzipper has no caps of its own,
 * and the package it returns is ordered so that exceljs never parks a sheet in a temp file.
 *
 * The reader is opened with openSafeWorkbookReader (util/exceljsSafeReader.ts): exceljs alone decodes
 * each 16 KB inflate chunk on its own, turning a Chinese character split across two chunks into
 * "��": once the shared strings pass 16 KB (a few hundred rows), school and program names broke.
 */
export async function* readXlsxRows(bytes: Uint8Array, fileName: string): AsyncGenerator<RawRow> {
  const { reader, close } = openXlsxCells(bytes, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  })
  let sawSheet = false
  try {
    for await (const sheet of reader) {
      if (sawSheet) {
        // Later sheets are drained, not read (they stream from memory; nothing to clean up).
        for await (const _row of sheet) continue
        continue
      }
      sawSheet = true
      for await (const row of sheet) {
        const cells: RawCell[] = []
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          const t = cellText(cell.value)
          cells.push(t.ok ? { col, text: t.text } : { col, problem: t.message })
        })
        yield { row: row.number, cells }
      }
    }
  } catch (e) {
    if (e instanceof WorkbenchError) throw e
    throw refuseFile(xlsxUnreadableRefusal(fileName), { cause: String(e) })
  } finally {
    close()
  }
  if (!sawSheet) throw intakeError('ROSTER_NO_SHEET', MSG.rosterNoSheet(fileName))
}
