import type { CollaborationGroup } from '../../domain/workspace'

export interface GroupsOutputs {
  'groups.list': CollaborationGroup[]
  'groups.add': CollaborationGroup
  'groups.rename': CollaborationGroup
  'groups.retire': CollaborationGroup
}
