import { randomBytes } from 'node:crypto'
import { WorkbenchError } from '../domain/errors'

import type { TaskKind, TaskResults, TaskState, TaskView, TaskViewOf } from './taskView'
export type { TaskState, TaskView }

// every kind's view as one shape (kind: any kind, result: any kind's result), so one registry holds them all
type Task = TaskViewOf<TaskKind> & {
  controller: AbortController
  finishedAt?: number
}

/**
 * Long work (imports, batch exports) runs as a task: the call that starts it returns a task id at
 * once, the UI polls tasks.get for progress, and tasks.cancel aborts it through an AbortSignal. The
 * work itself must leave nothing half-done when aborted (docs/design/hostile-inputs.md: stage, then commit).
 */
export class TaskRegistry {
  private readonly tasks = new Map<string, Task>()

  start<K extends TaskKind>(
    kind: K,
    label: string,
    work: (ctx: { signal: AbortSignal; progress: (done: number, total: number, label?: string) => void }) => Promise<TaskResults[K]>,
  ): TaskViewOf<K> {
    this.prune()
    const id = `task-${randomBytes(6).toString('hex')}`
    const task: Task = { id, kind, state: 'running', done: 0, total: 0, label, controller: new AbortController() }
    this.tasks.set(id, task)
    const progress = (done: number, total: number, l?: string) => {
      task.done = done
      task.total = total
      if (l) task.label = l
    }
    void work({ signal: task.controller.signal, progress }).then(
      (result) => {
        task.state = task.controller.signal.aborted ? 'cancelled' : 'done'
        task.result = result
        task.finishedAt = Date.now()
      },
      (e: unknown) => {
        task.state = task.controller.signal.aborted ? 'cancelled' : 'failed'
        // only the core's own errors keep their code; anything else (ENOSPC, a bug) is INTERNAL
        task.error = e instanceof WorkbenchError ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: (e as Error)?.message ?? String(e) }
        task.finishedAt = Date.now()
      },
    )
    return this.view(task) as TaskViewOf<K>
  }

  /** Whether a task of this kind is still running (a blob sweep must wait while an import stages blobs). */
  isRunning(kind: TaskKind): boolean {
    return [...this.tasks.values()].some((t) => t.kind === kind && t.state === 'running')
  }

  get(id: string): TaskView {
    return this.view(this.find(id))
  }

  cancel(id: string): TaskView {
    const t = this.find(id)
    if (t.state === 'running') t.controller.abort()
    return this.view(t)
  }

  /** Resolves when the task has ended (for the CLI and tests). */
  async wait(id: string, pollMs = 20): Promise<TaskView> {
    for (;;) {
      const t = this.find(id)
      if (t.state !== 'running') return this.view(t)
      await new Promise((r) => setTimeout(r, pollMs))
    }
  }

  private find(id: string): Task {
    const t = this.tasks.get(id)
    if (!t) throw new WorkbenchError('NOT_FOUND', `任务 ${id} 不存在。`)
    return t
  }

  private view(t: Task): TaskView {
    const { controller: _c, finishedAt: _f, ...v } = t
    // a task's result was produced by the work of its own kind (start<K>), so kind and result agree
    return { ...v } as TaskView
  }

  /** Forget tasks finished more than ten minutes ago. */
  private prune(): void {
    const cutoff = Date.now() - 10 * 60 * 1000
    for (const [id, t] of this.tasks) if (t.finishedAt && t.finishedAt < cutoff) this.tasks.delete(id)
  }
}
