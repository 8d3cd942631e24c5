import { WorkbenchError } from '../../domain/errors'

/**
 * The one refusal vocabulary of intake: roster, materials and rubric files (and the coming
 * packages) refuse a file as `{ reason, file, sheet?, row?, column?, message }`. A whole-file
 * refusal travels as a WorkbenchError('INVALID_INPUT') whose details are that object (errors.ts is
 * shared and not extended per feature); a cell problem is the same shape with sheet/row/column.
 * `reason` is for programs, `message` (Chinese, naming the file) for people.
 */
export type IntakeReason =
  | 'CANCELLED'
  | 'FILE_TOO_LARGE'
  | 'BAD_SHA256'
  // any door: what the file is, and whether it can be read at all
  | 'FILE_NOT_REGULAR'
  | 'FILE_WRONG_TYPE'
  | 'FILE_ENCRYPTED'
  | 'FILE_OLD_FORMAT'
  // zip archives
  | 'ZIP_CORRUPT'
  | 'ZIP_EMPTY'
  | 'ZIP_NOTHING_IMPORTABLE'
  | 'ZIP_UNSAFE_PATH'
  | 'ZIP_ENCRYPTED'
  | 'ZIP_UNSUPPORTED_METHOD'
  | 'ZIP_TOO_MANY_ENTRIES'
  | 'ZIP_TOO_LARGE'
  | 'ZIP_ENTRY_TOO_LARGE'
  | 'ZIP_RATIO'
  | 'ZIP_SIZE_MISMATCH'
  | 'ZIP_OVERLAP'
  // folders
  | 'FOLDER_NOT_A_DIRECTORY'
  | 'FOLDER_EMPTY'
  | 'FOLDER_TOO_MANY_FILES'
  | 'FOLDER_TOO_DEEP'
  | 'FOLDER_TOO_LARGE'
  | 'FOLDER_FILE_TOO_LARGE'
  | 'FOLDER_UNREADABLE'
  | 'FOLDER_FILE_CHANGED'
  // rosters and other tables
  | 'ROSTER_TOO_LARGE'
  | 'ROSTER_OLD_XLS'
  | 'ROSTER_NOT_A_TABLE'
  | 'ROSTER_ENCODING'
  | 'ROSTER_XLSX_CORRUPT'
  | 'ROSTER_XLSX_UNSAFE'
  | 'ROSTER_NO_SHEET'
  | 'ROSTER_NO_HEADER'
  | 'ROSTER_TOO_MANY_ROWS'
  | 'ROSTER_MAPPING'

export interface FileRefusal {
  reason: IntakeReason
  /** the file's name as the user chose it ('' when a caller has none) */
  file: string
  sheet?: string
  /** 1-based row as the user sees it */
  row?: number
  /** column letter or header */
  column?: string
  message: string
}

/** Builds the refusal thrown by every intake function. */
export function intakeError(reason: IntakeReason, message: string, details: Record<string, unknown> = {}): WorkbenchError {
  return new WorkbenchError('INVALID_INPUT', message, { details: { ...details, reason } })
}

/** The same, from a FileRefusal. */
export function refuseFile(r: FileRefusal, details: Record<string, unknown> = {}): WorkbenchError {
  return intakeError(r.reason, r.message, { ...details, ...r })
}

/** The sub-code of an intake refusal, or undefined for any other error. */
export function intakeReason(e: unknown): IntakeReason | undefined {
  if (e instanceof WorkbenchError && e.code === 'INVALID_INPUT') {
    const r = e.details?.reason
    return typeof r === 'string' ? (r as IntakeReason) : undefined
  }
  return undefined
}

/** An intake refusal as a FileRefusal (for a door that lists problems rather than throwing), or undefined. */
export function asFileRefusal(e: unknown, file: string): FileRefusal | undefined {
  const reason = intakeReason(e)
  if (!reason) return undefined
  const d = (e as WorkbenchError).details ?? {}
  const opt = <T>(k: string, t: string) => (typeof d[k] === t ? (d[k] as T) : undefined)
  return {
    reason,
    file: opt<string>('file', 'string') ?? file,
    sheet: opt<string>('sheet', 'string'),
    row: opt<number>('row', 'number'),
    column: opt<string>('column', 'string'),
    message: (e as WorkbenchError).message,
  }
}

/** Throws the CANCELLED refusal when the caller's AbortSignal has fired. */
export function throwIfCancelled(signal: AbortSignal | undefined, cancelledMessage: string): void {
  if (signal?.aborted) throw intakeError('CANCELLED', cancelledMessage)
}
