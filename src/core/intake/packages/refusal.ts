import { WorkbenchError } from '../../domain/errors'

/**
 * Why a package was refused (issue 11): `details.reason` of a WorkbenchError('PACKAGE_REFUSED'), for
 * programs and tests; the message (Chinese, naming the file) is for people and never parsed.
 */
export type PackageReason =
  | 'CANCELLED'
  | 'TOO_LARGE'
  | 'NOT_PACKAGE'
  | 'WRONG_KIND'
  | 'NEWER_FORMAT'
  | 'ZIP_UNSAFE_PATH'
  | 'ZIP_REFUSED'
  | 'UNEXPECTED_ENTRY'
  | 'MISSING_ENTRY'
  | 'BAD_JSON'
  | 'BAD_SIGNATURE'
  | 'HASH_MISMATCH'
  // checks of what the package says against the workspace that reads it
  | 'BAD_CONTENT'
  | 'UNKNOWN_KEY'
  | 'WRONG_SIGNER'
  | 'FOREIGN_CAMPAIGN'
  | 'MIS_ADDRESSED'
  | 'RUBRIC_MISMATCH'
  | 'NOT_ASSIGNED'
  | 'EXPIRED'
  | 'REPLAYED'

export function packageRefusal(reason: PackageReason, message: string, details: Record<string, unknown> = {}): WorkbenchError {
  return new WorkbenchError('PACKAGE_REFUSED', message, { details: { ...details, reason } })
}

/** The reason of a package refusal, or undefined for any other error. */
export function packageReason(e: unknown): PackageReason | undefined {
  if (e instanceof WorkbenchError && e.code === 'PACKAGE_REFUSED') return e.details?.reason as PackageReason | undefined
  return undefined
}
