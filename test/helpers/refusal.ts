import type { WorkbenchError } from '../../src/core/domain/errors'

/** The error a call or promise is refused with; fails the test when it is not refused. */
export async function refusal(p: Promise<unknown> | (() => unknown)): Promise<WorkbenchError> {
  try {
    await (typeof p === 'function' ? p() : p)
  } catch (e) {
    return e as WorkbenchError
  }
  throw new Error('expected a refusal')
}
