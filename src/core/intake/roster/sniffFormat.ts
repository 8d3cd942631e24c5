import { intakeError } from '../intakeError'
import { MSG } from '../messages'
import type { RosterTable } from './types'

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
  if (result.text.includes('\u0000')) throw intakeError('FILE_WRONG_TYPE', MSG.rosterNotATable(fileName), { file: fileName })
  return result
}

function wrap(text: string | undefined, encoding: NonNullable<RosterTable['encoding']>) {
  return text === undefined ? undefined : { text, encoding }
}
