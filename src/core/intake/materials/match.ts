import { materialKey } from '../../domain/submissionLabel'
import type { Submission } from '../../domain/workspace'
import type { PlannedFile } from './types'

/**
 * How the files of one zip (or folder) for all submissions are told apart:
 * - 'submissionId': the top-level folder, or the file-name prefix, is the submission id;
 * - 'schoolProgram': it is "学校_名称" (materialKey): 学校_专业 for a diagnosis, 学校_姓名 for a person,
 *   学校_课程名 for a course, 学校_成果名 for an achievement.
 */
export type NamingRule = 'submissionId' | 'schoolProgram'

export interface MatchResult {
  /** every planned file, with submissionId set where it matched */
  files: PlannedFile[]
  /** the files that matched no submission (also in `files`, without submissionId) */
  unmatched: PlannedFile[]
  /** keys shared by two submissions: their files are left unmatched rather than guessed */
  ambiguous: string[]
}

/** NFC and trimmed (names from the zip are already NFC and stripped of invisible characters). */
const norm = (s: string) => s.normalize('NFC').trim()

/** Characters that may follow a key at the start of a name: "S001_申报书.pdf", "S001-视频", "学校_专业（补充）". */
const SEPARATORS = new Set(['_', '-', '－', '—', ' ', '.', '(', '（', '[', '【', '·'])

const stripExtension = (name: string) => name.replace(/\.[^.\s]{1,16}$/u, '')

/**
 * Assigns files to submissions by a naming rule. For each file the candidate is its top-level folder
 * name, or — for a file at the top level — its name without extension; the candidate matches a key
 * when equal to it or starting with it followed by a separator (longest key wins, so "学校_专业" beats
 * "学校_专" for "学校_专业_申报书"). When every file sits in one common top folder that matches
 * nothing (the usual "材料/…" wrapper of a zip), that wrapper is skipped. A key shared by two
 * submissions matches nothing and is reported as ambiguous. Unmatched files are returned for the user.
 */
export function matchByNamingRule(
  entries: readonly PlannedFile[],
  submissions: ReadonlyArray<Pick<Submission, 'id' | 'school' | 'program'> & { subject?: Submission['subject'] }>,
  rule: NamingRule,
): MatchResult {
  const keys = new Map<string, Submission['id'] | null>()
  const ambiguous: string[] = []
  for (const s of submissions) {
    const key = rule === 'submissionId' ? norm(s.id) : materialKey(s)
    if (keys.has(key)) {
      if (keys.get(key) !== null) ambiguous.push(key)
      keys.set(key, null)
    } else keys.set(key, s.id)
  }
  const byLength = [...keys.keys()].sort((a, b) => b.length - a.length)
  const lookup = (candidate: string): Submission['id'] | null | undefined => {
    const c = norm(candidate)
    if (keys.has(c)) return keys.get(c)
    for (const k of byLength) if (c.startsWith(k) && SEPARATORS.has(c.charAt(k.length))) return keys.get(k)
    return undefined
  }

  const split = entries.map((f) => f.path.split('/'))
  const firstTops = new Set(split.map((s) => (s.length > 1 ? s[0] : undefined)))
  const [onlyTop] = firstTops
  const wrapper = firstTops.size === 1 && onlyTop !== undefined && lookup(onlyTop) === undefined
  const files: PlannedFile[] = []
  const unmatched: PlannedFile[] = []
  entries.forEach((f, i) => {
    const segs = wrapper ? split[i]!.slice(1) : split[i]!
    const candidate = segs.length > 1 ? segs[0]! : stripExtension(segs[0] ?? f.name)
    const id = lookup(candidate)
    if (id) files.push({ ...f, submissionId: id })
    else {
      const { submissionId: _drop, ...rest } = f
      files.push(rest)
      unmatched.push(rest)
    }
  })
  return { files, unmatched, ambiguous }
}
