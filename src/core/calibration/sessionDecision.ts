import type { CalibrationSession } from '../domain/calibration'
import { chineseDate } from '../util/chineseDate'

/**
 * A 校准会 decision recorded again exactly as the last one (a double click, a second window): refused,
 * so the minutes list it once. The same text on other indicators, or a later different decision, is new.
 */
export function repeatedDecision(session: CalibrationSession, text: string, indicators: readonly string[]): string | null {
  const last = session.decisions.at(-1)
  if (!last || last.text.trim() !== text.trim()) return null
  const key = (x: readonly string[]) => [...new Set(x)].sort().join('\u0000')
  if (key(last.indicators) !== key(indicators)) return null
  return `这条决定已于${chineseDate(new Date(last.at))}记录，未重复记录。`
}
