import { openSafeWorkbookReader, type SafeReaderOptions, type SafeWorkbookReader } from '../../util/exceljsSafeReader'

/**
 * The one way intake opens an .xlsx for its cells: exceljs' streaming WorkbookReader (values read
 * row by row, never the whole workbook: docs/design/hostile-inputs.md measured 81 s and out-of-memory against
 * 2.8 s), decoding whole characters (util/exceljsSafeReader.ts), over a package that
 * xlsxPackage.ts checked and re-ordered.
 *
 * Temporary data: exceljs parks a worksheet in a temp file under os.tmpdir() when the worksheet
 * arrives before it knows the shared strings and the workbook relationships (workbook-reader.js:
 * `if (this.sharedStrings && this.workbookRels) parse else tmp.file(...)`). xlsxPackage.ts puts both
 * first; here the two fields start as empty values as well, so that branch is never taken even for
 * a package that somehow lacks them: nothing of a user's workbook is written outside the workspace
 * (it is not written anywhere).
 */
export function openXlsxCells(ordered: Uint8Array, options: SafeReaderOptions): SafeWorkbookReader {
  const safe = openSafeWorkbookReader(ordered, options)
  const r = safe.reader as unknown as { sharedStrings?: unknown; workbookRels?: unknown }
  r.sharedStrings ??= []
  r.workbookRels ??= []
  return safe
}
