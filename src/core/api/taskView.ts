import type { ErrorCode } from '../domain/errors'
import type { MaterialsImportResult } from './materials/outputs'
import type { ReportsExportResult } from './reports/exportAll'
import type { ExpertPackageResult } from './packages/outputs'

/** A long task as the UI polls it (tasks.get). No Node imports: the renderer reads this type. */
export type TaskState = 'running' | 'done' | 'failed' | 'cancelled'

/** What each kind of task resolves with once `done`; a new kind of long work adds its line here. */
export interface TaskResults {
  'materials.import': MaterialsImportResult
  'reports.exportAll': ReportsExportResult
  'packages.exportExpert': ExpertPackageResult
}

export type TaskKind = keyof TaskResults

/** A task of one kind, its result typed by that kind. */
export interface TaskViewOf<K extends TaskKind> {
  id: string
  kind: K
  state: TaskState
  done: number
  total: number
  /** what the user reads under the progress bar */
  label: string
  /** set once the task is done */
  result?: TaskResults[K]
  error?: { code: ErrorCode; message: string }
}

/** Any task: narrow on `kind` to read its result. */
export type TaskView = { [K in TaskKind]: TaskViewOf<K> }[TaskKind]

/** A polled task narrowed to the kind its caller started (a task id never changes kind). */
export function taskOfKind<K extends TaskKind>(t: TaskView, kind: K): TaskViewOf<K> {
  if (t.kind !== kind) throw new Error(`task ${t.id} is a ${t.kind}, not a ${kind}`)
  return t as TaskViewOf<K>
}
