/**
 * What the bytes of an 指标体系表 are, before any spreadsheet code sees them: the one sniffer table
 * and the one xlsx package check of intake (intake/files/: sniff.ts, xlsxPackage.ts), so a rubric
 * file is refused with the same sentence as a roster or a materials zip — 「x.xlsx」实际是 PDF 文件,
 * an old .xls, an encrypted workbook, a bomb, a hidden or overlapping part — and handed on with the
 * workbook parts first, so exceljs never parks a sheet in a temporary file outside the workspace.
 */
import { formatBytes } from '../../intake/messages'
import { sniffKind } from '../../intake/files/sniff'
import { wrongKindMessage, wrongKindReason } from '../../intake/files/describe'
import { checkXlsxPackage, XlsxPackageError, type XlsxCaps } from '../../intake/files/xlsxPackage'
import { xlsxPackageRefusal } from '../../intake/files/xlsxRefusal'
import type { FileRefusal } from '../../intake/files/refusal'
import { LIMITS } from './xlsxLayout'

export type SniffResult = { ok: true; ordered: Uint8Array } | { ok: false; message: string; refusal: FileRefusal }

const CAPS: XlsxCaps = { maxParts: LIMITS.zipEntries, maxUnzippedBytes: LIMITS.zipInflatedBytes }

/** Identifies the bytes; `ok` only for a sound, reasonably sized xlsx package (re-ordered for exceljs). */
export async function sniffXlsx(bytes: Uint8Array, fileName?: string): Promise<SniffResult> {
  const refused = (refusal: FileRefusal): SniffResult => ({ ok: false, message: refusal.message, refusal })
  const kind = sniffKind(bytes, fileName)
  if (kind !== 'zip' && kind !== 'xlsx') {
    const message = wrongKindMessage(kind, fileName, 'Excel 表格', bytes)
    return refused({ reason: wrongKindReason(kind), file: fileName ?? '', message })
  }
  try {
    return { ok: true, ordered: await checkXlsxPackage(bytes, CAPS) }
  } catch (e) {
    if (e instanceof XlsxPackageError) return refused(xlsxPackageRefusal(e.problem, fileName, CAPS))
    throw e
  }
}

/** The size refusal, before anything else is looked at. */
export function tooLargeMessage(size: number, fileName?: string): string {
  return `${fileName ? `「${fileName}」` : '文件'}大小 ${formatBytes(size)}，超过 ${formatBytes(LIMITS.bytes)} 的上限，不是正常的指标体系表`
}
