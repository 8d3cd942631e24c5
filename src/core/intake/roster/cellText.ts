import { MSG } from '../messages'

export type CellText = { ok: true; text: string } | { ok: false; message: string }

/** yyyy-mm-dd of a Date read from a sheet (exceljs gives dates as UTC midnight plus the time of day). */
export function isoDate(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`
}

/** A number as Excel shows it in General format: integers without exponent or grouping. */
function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0)
  return String(n)
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/**
 * The text of a cell value from exceljs' streaming reader (docs/design/hostile-inputs.md: "formulas, errors,
 * rich text, hyperlinks and dates handled explicitly (values only, nothing evaluated)"):
 * - a formula (master or shared) is refused, even with a cached result: the roster must hold values,
 *   and a cached result may be stale or crafted;
 * - an error value (#N/A, #REF! …) is refused;
 * - rich text runs are joined; a hyperlink gives its display text; a date gives yyyy-mm-dd;
 *   booleans give TRUE/FALSE; numbers their General-format text; non-finite numbers are refused.
 * Nothing here recurses more than one level, whatever the value's shape.
 */
export function cellText(value: unknown): CellText {
  if (value === null || value === undefined) return { ok: true, text: '' }
  if (typeof value === 'string') return { ok: true, text: value }
  if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, text: numberText(value) } : { ok: false, message: MSG.cell.badNumber }
  if (typeof value === 'boolean') return { ok: true, text: value ? 'TRUE' : 'FALSE' }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { ok: false, message: MSG.cell.badNumber } : { ok: true, text: isoDate(value) }
  if (!isObject(value)) return { ok: false, message: MSG.cell.unknown }
  if ('formula' in value || 'sharedFormula' in value) {
    const f = typeof value.formula === 'string' && value.formula !== '' ? value.formula : '共享公式'
    return { ok: false, message: MSG.cell.formula(f) }
  }
  if ('error' in value) return { ok: false, message: MSG.cell.error(String(value.error)) }
  if (Array.isArray(value.richText)) return { ok: true, text: richText(value.richText) }
  if ('hyperlink' in value || 'text' in value) {
    const t = value.text
    if (typeof t === 'string') return { ok: true, text: t }
    if (isObject(t) && Array.isArray(t.richText)) return { ok: true, text: richText(t.richText) }
    return { ok: true, text: '' }
  }
  if ('sharedString' in value) return { ok: true, text: '' }
  return { ok: false, message: MSG.cell.unknown }
}

function richText(runs: unknown[]): string {
  return runs.map((r) => (isObject(r) && typeof r.text === 'string' ? r.text : '')).join('')
}
