import type { WorkbenchState } from '../../types'

export const packagesSelectors = {
  returns: (s: WorkbenchState) => (s.returns && s.returns.campaignId === s.campaignId ? s.returns.rows : null),
  exportJob: (s: WorkbenchState) => s.packageExport,
}
