import type { WorkbenchState } from '../../types'

export const saveSelectors = {
  status: (s: WorkbenchState) => s.saveStatus,
  savedAt: (s: WorkbenchState) => s.savedAt,
}
