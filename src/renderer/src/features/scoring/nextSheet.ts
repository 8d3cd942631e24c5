import type { SheetListRow } from '../../../../core/api/outputs'

/**
 * The sheet 下一份 opens: the first unfinished sheet (not submitted) after the current one in the
 * expert's list, wrapping round; when every other sheet is submitted, simply the next one; null when
 * the list holds only the current sheet.
 */
export function nextSheet(rows: readonly SheetListRow[], currentId: string): SheetListRow | null {
  const i = rows.findIndex((r) => r.submission.id === currentId)
  const after = [...rows.slice(i + 1), ...rows.slice(0, Math.max(0, i))].filter((r) => r.submission.id !== currentId)
  return after.find((r) => r.status !== 'submitted') ?? after[0] ?? null
}
