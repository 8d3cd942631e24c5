/**
 * Errors that reach a user: a stable code for programs and a Chinese message for people.
 * Thrown inside core, turned into `{ ok: false, error }` by dispatch(); never crosses a boundary as a throw.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SHEET_SUBMITTED'
  | 'SHEET_INCOMPLETE'
  | 'STALE_VERSION'
  | 'WORKSPACE_FILE_CORRUPT'
  | 'WORKSPACE_VERSION_UNSUPPORTED'
  | 'WORKSPACE_LOCKED'
  | 'WORKSPACE_NOT_FOUND'
  | 'NO_BACKUP'
  | 'ASSIGNMENT_INFEASIBLE'
  | 'PLEDGE_REQUIRED'
  | 'HAS_SCORES'
  | 'IMPORT_REFUSED'
  | 'STORAGE_FULL'
  | 'STORAGE_IO'
  | 'INTERNAL'
  // signing and packages (issue 11)
  | 'KEY_LOCKED'
  | 'SIGNATURE_INVALID'
  | 'PACKAGE_REFUSED'
  | 'KEY_MISSING'
  // 评定 (core/decisions): the list breaks a rule (quota, undecided tie, 暂定); published, a change needs a reason
  | 'DECISION_BLOCKED'
  | 'DECISION_LOCKED'
  // issue 12: a calibration session's anchor scores asked for before the chair's reveal
  | 'NOT_REVEALED'
  // refusals by a door, before dispatch (bridge, Electron IPC) or by the client's transport
  | 'FORBIDDEN_HOST'
  | 'FORBIDDEN_SENDER'
  | 'UNAUTHORIZED'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'BRIDGE_UNREACHABLE'
  // the shell (issue 15): which workspace the doors work on
  | 'NO_WORKSPACE'
  | 'WORKSPACE_EXISTS'

export interface ErrorIssue {
  path: string
  message: string
}

export class WorkbenchError extends Error {
  readonly code: ErrorCode
  readonly issues?: ErrorIssue[]
  readonly details?: Record<string, unknown>
  constructor(code: ErrorCode, message: string, opts: { issues?: ErrorIssue[]; details?: Record<string, unknown> } = {}) {
    super(message)
    this.name = 'WorkbenchError'
    this.code = code
    this.issues = opts.issues
    this.details = opts.details
  }
}

export function assertNever(x: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(x)}`)
}
