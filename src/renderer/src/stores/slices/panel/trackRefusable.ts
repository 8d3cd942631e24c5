import { ApiError } from '../../../api'
import type { SaveSlice } from '../save/state'

/**
 * Codes with which the core refuses a write before anything reaches the disk (a draw that cannot run, a
 * roster with problems, a duplicate): the workspace is as saved as before, so the header must not say
 * 保存失败. Anything else (INTERNAL, WORKSPACE_*) is a failed save.
 */
const REFUSALS: ReadonlySet<string> = new Set(['INVALID_INPUT', 'CONFLICT', 'NOT_FOUND', 'ASSIGNMENT_INFEASIBLE', 'IMPORT_REFUSED', 'PLEDGE_REQUIRED', 'HAS_SCORES'])

/** trackSave for a write the core may refuse: the refusal is rethrown to the caller, the save state stays good. */
export async function trackRefusable<T>(trackSave: SaveSlice['trackSave'], call: () => Promise<T>): Promise<T> {
  let refusal: ApiError | null = null
  const value = await trackSave(async () => {
    try {
      return await call()
    } catch (e) {
      if (!(e instanceof ApiError) || !REFUSALS.has(e.code)) throw e
      refusal = e
      return undefined as T
    }
  })
  if (refusal) throw refusal
  return value
}
