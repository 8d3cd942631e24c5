import type { WorkbenchState } from '../../types'

export const signingSelectors = {
  verdict: (s: WorkbenchState) => s.verdict,
  lookup: (s: WorkbenchState) => s.lookup,
}
