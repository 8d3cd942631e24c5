import type { AssignmentLogEntry, Campaign, DrawRecord, PanelSettings } from '../../domain/workspace'

export interface AssignmentView {
  rows: Array<{ submissionId: string; school: string; program: string; groupId: string; expertIds: string[]; chairId: string | null; short: boolean }>
  load: Record<string, number>
  draws: DrawRecord[]
  log: AssignmentLogEntry[]
  settings: PanelSettings
}

export interface AssignmentsOutputs {
  'assignments.get': AssignmentView
  'assignments.autoAssign': Campaign
  'assignments.change': Campaign
}
