import { MSG } from '../messages'
import type { ImportProblem } from './types'

/**
 * Files whose display paths coincide although their original names differ: Unicode normalisation
 * (composed and decomposed "é"), CJK compatibility ideographs (U+F900–U+FAFF, which NFC maps to
 * the unified ones), a trailing dot or space (trimmed as Windows does). Both files are kept — they
 * are stored by content — but the user is told, naming both originals, since the list would show two
 * identical names (docs/design/hostile-inputs.md case 3; issue 7: "name collisions after
 * normalisation are reported").
 */
export function nameCollisions(files: ReadonlyArray<{ path: string; original: string }>): ImportProblem[] {
  const firstByPath = new Map<string, string>()
  const problems: ImportProblem[] = []
  for (const f of files) {
    const first = firstByPath.get(f.path)
    if (first === undefined) firstByPath.set(f.path, f.original)
    else if (first !== f.original) problems.push({ path: f.path, message: MSG.nameCollision(first, f.original, f.path) })
  }
  return problems
}

/** A name as it may be quoted in a message: the invisible differences made visible. */
export function showCodePoints(s: string): string {
  return s.replace(/[^\x20-\x7e\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/gu, (ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
}
