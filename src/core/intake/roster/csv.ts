import { MSG } from '../messages'
import type { RawRow } from './types'

/**
 * The delimiter of a CSV, from its first line outside quotes: TAB when it has more tabs than commas
 * (Excel's "文本文件（制表符分隔）" and "Unicode 文本" exports), else comma.
 */
export function detectDelimiter(text: string): ',' | '\t' {
  let commas = 0
  let tabs = 0
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && ch === ',') commas++
    else if (!quoted && ch === '\t') tabs++
  }
  return tabs > commas ? '\t' : ','
}

/**
 * An RFC 4180 reader, lenient where Excel is: fields may be quoted ("" is a quote inside quotes),
 * quoted fields may hold the delimiter and newlines, records end at CRLF, LF or CR; a quote inside an
 * unquoted field is kept as a character; text after a closing quote is appended. An unterminated
 * quote makes the last record a problem at its row. Rows are numbered by record (1-based), which is
 * what Excel shows when it opens the file. A generator, so a caller that reached its row cap stops
 * the parse there.
 */
export function* parseCsv(text: string, delimiter: ',' | '\t'): Generator<RawRow> {
  let row = 1
  let cells: RawRow['cells'] = []
  let field = ''
  let quoted = false
  let wasQuoted = false
  let i = 0
  const endField = () => {
    cells.push({ col: cells.length + 1, text: field })
    field = ''
    wasQuoted = false
  }
  while (i < text.length) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      field += ch
      i++
      continue
    }
    if (ch === '"' && field === '' && !wasQuoted) {
      quoted = true
      wasQuoted = true
      i++
      continue
    }
    if (ch === delimiter) {
      endField()
      i++
      continue
    }
    if (ch === '\r' || ch === '\n') {
      endField()
      yield { row, cells }
      row++
      cells = []
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
      continue
    }
    field += ch
    i++
  }
  if (quoted) {
    yield { row, cells: [...cells, { col: cells.length + 1, problem: MSG.cell.unclosedQuote }] }
    return
  }
  if (field !== '' || wasQuoted || cells.length > 0) {
    endField()
    yield { row, cells }
  }
}
