import type { CollaborationGroup } from '../../domain/workspace'

export interface GroupsOutputs {
  'groups.list': CollaborationGroup[]
}
