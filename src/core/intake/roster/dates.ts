/**
 * Dates written as text in a roster. Accepted: 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日,
 * 20240301, optionally followed by a time (" 14:30" or " 14:30:00"); the calendar date must exist
 * (no 2023-02-29) and the year lie in 1900–2200. Returns yyyy-mm-dd, or undefined.
 */
export function parseDateText(s: string): string | undefined {
  const t = s.trim()
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(t) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(t)
  if (!m) return undefined
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return undefined
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  if (d > daysInMonth) return undefined
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** A header that names a date column: "申报日期", "填报日期", "Date". */
export function isDateHeader(header: string): boolean {
  return /日期|date/i.test(header)
}
