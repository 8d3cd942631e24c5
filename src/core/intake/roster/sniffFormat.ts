import { intakeError } from '../intakeError'
import { MSG } from '../messages'
import type { RosterTable } from './types'

/**
 * What a roster file is, from its bytes, never its extension (docs/design/hostile-inputs.md: "a CSV or an old
 * .xls under an .xlsx name"): PK zip magic → xlsx; the OLE magic D0 CF 11 E0 → an old .xls or a
 * password-protected workbook (both are OLE containers) → refused with how to fix it; anything else
 * is read as CSV text.
 */
export function sniffRosterFormat(bytes: Uint8Array, fileName: string): 'xlsx' | 'csv' {
  const b = bytes
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05) && (b[3] === 0x04 || b[3] === 0x06)) return 'xlsx'
  if (b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) throw intakeError('ROSTER_OLD_XLS', MSG.rosterOldXls(fileName))
  return 'csv'
}

/**
 * Decodes CSV bytes. A UTF-16 BOM (Excel's "Unicode 文本" export) selects UTF-16; otherwise strict
 * UTF-8 (BOM stripped), and when that fails GB18030 — the encoding Excel and WPS use for CSV on
 * Chinese Windows (Node ≥ 20 ships full ICU, so TextDecoder('gb18030') exists). Text with NUL
 * characters is not a table (a binary file under a .csv name).
 */
export function decodeCsvBytes(bytes: Uint8Array, fileName: string): { text: string; encoding: NonNullable<RosterTable['encoding']> } {
  const tryDecode = (label: string) => {
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes)
    } catch {
      return undefined
    }
  }
  let result: { text: string; encoding: NonNullable<RosterTable['encoding']> } | undefined
  if (bytes[0] === 0xff && bytes[1] === 0xfe) result = wrap(tryDecode('utf-16le'), 'utf-16le')
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) result = wrap(tryDecode('utf-16be'), 'utf-16be')
  else result = wrap(tryDecode('utf-8'), 'utf-8') ?? wrap(tryDecode('gb18030'), 'gb18030')
  if (!result) throw intakeError('ROSTER_ENCODING', MSG.rosterEncoding(fileName))
  if (result.text.includes('\u0000')) throw intakeError('ROSTER_NOT_A_TABLE', MSG.rosterNotATable(fileName))
  return result
}

function wrap(text: string | undefined, encoding: NonNullable<RosterTable['encoding']>) {
  return text === undefined ? undefined : { text, encoding }
}
