import type { AssignmentLogEntry, Campaign, DrawRecord, PanelSettings } from '../../domain/workspace'
import type { DrawDiff } from '../../panel/drawPreview'

export interface AssignmentView {
  rows: Array<{ submissionId: string; school: string; program: string; groupId: string; expertIds: string[]; chairId: string | null; short: boolean }>
  load: Record<string, number>
  draws: DrawRecord[]
  log: AssignmentLogEntry[]
  settings: PanelSettings
}

/** What a draw with this seed would do, before it is run (assignments.previewDraw). */
export interface DrawPreview {
  /** the seed the preview used: pass it to assignments.autoAssign to get exactly this draw */
  seed: string
  /** every submission can get a panel */
  feasible: boolean
  /** not feasible, but drawing the feasible part is (autoAssign with partial: true); diff shows it */
  partialPossible: boolean
  /** why the full draw cannot run */
  problems: Array<{ path: string; message: string }>
  /** the change the draw (or, when infeasible, the partial draw) would make; null when nothing can be drawn */
  diff: DrawDiff | null
}

export interface AssignmentsOutputs {
  'assignments.get': AssignmentView
  'assignments.previewDraw': DrawPreview
  'assignments.autoAssign': Campaign
  'assignments.change': Campaign
}
