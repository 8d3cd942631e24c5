/** A long task as the UI polls it (tasks.get). No Node imports: the renderer reads this type. */
export type TaskState = 'running' | 'done' | 'failed' | 'cancelled'

export interface TaskView {
  id: string
  kind: string
  state: TaskState
  done: number
  total: number
  /** what the user reads under the progress bar */
  label: string
  result?: unknown
  error?: { code: string; message: string }
}

