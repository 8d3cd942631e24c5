import { randomBytes } from 'node:crypto'
import type { WorkspaceStore } from '../../storage/workspaceStore'

/** What handlers need from the outside world; tests pass a fixed clock. */
export interface HandlerDeps {
  store: WorkspaceStore
  now: () => Date
  newId: (prefix: string) => string
}

export function defaultDeps(store: WorkspaceStore): HandlerDeps {
  return {
    store,
    now: () => new Date(),
    newId: (prefix) => `${prefix}-${randomBytes(5).toString('hex')}`,
  }
}
