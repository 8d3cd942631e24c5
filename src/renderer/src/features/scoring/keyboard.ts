import type { Level } from '../../../../core/domain/rubric'

const KEY_LEVELS: Record<string, Level | null> = {
  a: 'A', b: 'B', c: 'C', d: 'D',
  '1': 'A', '2': 'B', '3': 'C', '4': 'D',
  Delete: null, Backspace: null,
}

/** The level a key picks in the scoring form (A–D or 1–4; Delete clears); undefined for other keys. */
export function levelForKey(key: string): Level | null | undefined {
  const k = key.length === 1 ? key.toLowerCase() : key
  return k in KEY_LEVELS ? KEY_LEVELS[k] : undefined
}

/** Moves focus to an indicator row's chosen level (or its first), so scoring goes on from the keyboard. */
export function focusRow(rowIndex: number): void {
  const row = document.querySelector<HTMLElement>(`[data-row-index="${rowIndex}"]`)
  if (!row) return
  const target = row.querySelector<HTMLInputElement>('input[type=radio]:checked') ?? row.querySelector<HTMLInputElement>('input[type=radio]')
  target?.focus()
  row.scrollIntoView({ block: 'nearest' })
}
