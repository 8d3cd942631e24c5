import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'

/** Long work (materials.import) runs as a task; the caller polls and may cancel it. */
export function tasksHandlers({ tasks }: HandlerDeps) {
  return {
    'tasks.get': async ({ taskId }) => tasks.get(taskId),
    'tasks.cancel': async ({ taskId }) => tasks.cancel(taskId),
  } satisfies HandlersOf<'tasks'>
}
