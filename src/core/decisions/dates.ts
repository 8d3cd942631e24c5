/**
 * A YYYY-MM-DD day as GB/T 9704 writes dates: "2026年12月1日", no zero padding (docs/domain/report-format.md).
 * Read from the string itself, so no time zone can move it to the day before.
 */
export function chineseDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) throw new RangeError(`chineseDay: ${day}`)
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`
}
