/**
 * A problem found in something a person made (a rubric, a file): a stable code for programs, a path
 * to the item (the same shape as zod's issue paths) and the parameters of the message, plus the
 * Chinese message for people. Programs act on code, path and params; nobody parses the message.
 */
export type ProblemPath = (string | number)[]

export type ProblemParams = Record<string, string | number | boolean>

export interface Problem<Code extends string = string> {
  code: Code
  path: ProblemPath
  params: ProblemParams
  /** Chinese, for people */
  message: string
}

/** `dimensions.1.indicators.0.points`, or `(整体)` for the value as a whole (as zodIssues writes paths). */
export function pathKey(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(整体)'
}

/** A zod path as a problem path (zod allows symbols; a rubric path never has one). */
export function problemPath(path: readonly PropertyKey[]): ProblemPath {
  return path.map((p) => (typeof p === 'number' ? p : String(p)))
}
