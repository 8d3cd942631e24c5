import type { TaskView } from '../taskView'

export interface TasksOutputs {
  'tasks.get': TaskView
  'tasks.cancel': TaskView
}
