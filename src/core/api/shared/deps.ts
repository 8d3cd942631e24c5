import { randomBytes } from 'node:crypto'
import type { WorkspaceStore } from '../../storage/workspaceStore'
import { Uploads } from '../../storage/uploads'
import { TaskRegistry } from '../tasks'

/** What handlers need from the outside world; tests pass a fixed clock. */
export interface HandlerDeps {
  store: WorkspaceStore
  now: () => Date
  newId: (prefix: string) => string
  tasks: TaskRegistry
  uploads: Uploads
}

export function defaultDeps(store: WorkspaceStore): HandlerDeps {
  return {
    store,
    now: () => new Date(),
    newId: (prefix) => `${prefix}-${randomBytes(5).toString('hex')}`,
    tasks: new TaskRegistry(),
    uploads: new Uploads(store.root),
  }
}
