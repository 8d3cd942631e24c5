import { chineseDate } from '../../../core/util/chineseDate'

/** Scores and results: always two decimals ("86.40"); "—" for nothing yet. */
export function points2(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : n.toFixed(2)
}

/** A signed difference with two decimals ("+17.20", "−3.10"). */
export function signed2(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(2)}`
}

/** An ISO time as a Chinese date (2026年11月28日); "" for none or an unreadable one. */
export function cnDate(iso: string | undefined | null): string {
  if (!iso) return ''
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? '' : chineseDate(d)
}

/** An ISO time as a Chinese date and time (2026年11月28日 10:42); "" for none or an unreadable one. */
export function cnDateTime(iso: string | undefined | null): string {
  const day = cnDate(iso)
  if (!day) return ''
  const d = new Date(iso!)
  return `${day} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}
