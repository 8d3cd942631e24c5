import { WorkbenchError } from '../domain/errors'

/**
 * Machine-readable sub-codes of intake refusals. Every refusal is a WorkbenchError with code
 * 'INVALID_INPUT', a Chinese message naming the file and the problem, and `details.reason` set to one
 * of these (errors.ts is shared and not extended per feature; docs/design/hostile-inputs.md: "a clear message in
 * Chinese naming the file and the problem").
 */
export type IntakeReason =
  | 'CANCELLED'
  | 'FILE_TOO_LARGE'
  | 'BAD_SHA256'
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
  // folders
  | 'FOLDER_NOT_A_DIRECTORY'
  | 'FOLDER_EMPTY'
  | 'FOLDER_TOO_MANY_FILES'
  | 'FOLDER_TOO_DEEP'
  | 'FOLDER_TOO_LARGE'
  | 'FOLDER_FILE_TOO_LARGE'
  | 'FOLDER_UNREADABLE'
  | 'FOLDER_FILE_CHANGED'
  // rosters
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

/** Builds the refusal thrown by every intake function. */
export function intakeError(reason: IntakeReason, message: string, details: Record<string, unknown> = {}): WorkbenchError {
  return new WorkbenchError('INVALID_INPUT', message, { details: { ...details, reason } })
}

/** The sub-code of an intake refusal, or undefined for any other error. */
export function intakeReason(e: unknown): IntakeReason | undefined {
  if (e instanceof WorkbenchError && e.code === 'INVALID_INPUT') {
    const r = e.details?.reason
    return typeof r === 'string' ? (r as IntakeReason) : undefined
  }
  return undefined
}

/** Throws the CANCELLED refusal when the caller's AbortSignal has fired. */
export function throwIfCancelled(signal: AbortSignal | undefined, cancelledMessage: string): void {
  if (signal?.aborted) throw intakeError('CANCELLED', cancelledMessage)
}
