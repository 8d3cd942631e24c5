import { WorkspaceStore } from '../storage/workspaceStore'
import { createHandlers } from './handlers'
import { defaultDeps } from './shared/deps'
import { dispatch } from './dispatch'
import type { Envelope } from './envelope'
import type { MethodName } from './methodNames'
import type { Out } from './outputs'
import type { WorkbenchHandlers } from './contract'

export interface OpenedWorkbench {
  store: WorkspaceStore
  handlers: WorkbenchHandlers
  call: <M extends MethodName>(method: M | string, input: unknown) => Promise<Envelope<Out<M>>>
  close: () => Promise<void>
}

/** Opens a workspace and wires the handlers: what every door (IPC, HTTP, CLI) starts with. */
export async function openWorkbench(dir: string, opts: Parameters<typeof WorkspaceStore.open>[1] = {}): Promise<OpenedWorkbench> {
  const store = await WorkspaceStore.open(dir, opts)
  const handlers = createHandlers(defaultDeps(store))
  return {
    store,
    handlers,
    call: (method, input) => dispatch(handlers, method, input),
    close: () => store.close(),
  }
}
