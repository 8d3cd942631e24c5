import { cnDate } from '../../lib/format'

/** "2026年11月28日 14:03" for an ISO time; "" for none. */
export function cnDateTime(iso: string | undefined | null): string {
  const day = cnDate(iso)
  if (!day) return ''
  const d = new Date(iso!)
  return `${day} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}
