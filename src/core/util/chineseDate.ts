/**
 * A date as GB/T 9704-2012 §7.3.5.3 writes it: Arabic numerals, the full year, no zero padding —
 * "2026年11月28日", and "2026年11月5日" (never "2026年11月05日") for the 5th.
 *
 * Uses the calendar date in the process's local time zone, as the user reads it on the wall calendar;
 * pass a Date built for the intended day. Throws on an invalid Date rather than printing "NaN年".
 */
export function chineseDate(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError('chineseDate: invalid Date')
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`
}
