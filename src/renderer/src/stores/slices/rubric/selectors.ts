import type { WorkbenchState } from '../../types'

export const rubricSelectors = {
  /** the open campaign's draft, or null when its rubric is not being edited */
  draft: (s: WorkbenchState) => (s.campaignId ? (s.rubricDrafts[s.campaignId] ?? null) : null),
  dirty: (s: WorkbenchState) => (s.campaignId ? (s.rubricDrafts[s.campaignId]?.dirty ?? false) : false),
  /** the latest validation of the open campaign's draft (possibly of an earlier revision) */
  check: (s: WorkbenchState) => (s.campaignId && s.rubricDrafts[s.campaignId] ? (s.rubricChecks[s.campaignId]?.check ?? null) : null),
  /** a validation for the current revision is still to come */
  checkPending: (s: WorkbenchState) => {
    const draft = s.campaignId ? s.rubricDrafts[s.campaignId] : undefined
    return !!draft && s.rubricChecks[draft.campaignId]?.revision !== draft.revision
  },
  focus: (s: WorkbenchState) => s.rubricFocus,
}
