import type { WorkbenchState } from '../../types'

export const sessionSelectors = {
  page: (s: WorkbenchState) => s.page,
  campaignId: (s: WorkbenchState) => s.campaignId,
  campaignTab: (s: WorkbenchState) => s.campaignTab,
  workspaceName: (s: WorkbenchState) => s.workspace?.name ?? '',
  groups: (s: WorkbenchState) => s.groups,
  templates: (s: WorkbenchState) => s.templates,
  bootError: (s: WorkbenchState) => s.bootError,
  booted: (s: WorkbenchState) => s.booted,
  expertWorkspace: (s: WorkbenchState) => s.expertWorkspace,
  groupName: (groupId: string) => (s: WorkbenchState) => s.groups.find((g) => g.id === groupId)?.name ?? groupId,
}
