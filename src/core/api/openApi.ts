import { WorkspaceStore } from '../storage/workspaceStore'
import { createHandlers } from './handlers'
import { defaultDeps } from './shared/deps'
import { dispatch, type CallContext } from './dispatch'
import type { Envelope } from './envelope'
import type { MethodName } from './methodNames'
import type { Out } from './outputs'
import type { WorkbenchApi, WorkbenchHandlers } from './contract'
import { createClient } from './client'

export interface OpenedWorkbench {
  store: WorkspaceStore
  handlers: WorkbenchHandlers
  /** the envelope door: what IPC and the bridge relay; untrusted unless `ctx` says otherwise (no local paths) */
  call: <M extends MethodName>(method: M | string, input: unknown, ctx?: CallContext) => Promise<Envelope<Out<M>>>
  /** the typed client over the same dispatch, for trusted in-process callers (CLI, demo, bench, tests, main) */
  api: WorkbenchApi
  close: () => Promise<void>
}

/** Opens a workspace and wires the handlers: what every door (IPC, HTTP, CLI) starts with. */
export async function openWorkbench(dir: string, opts: Parameters<typeof WorkspaceStore.open>[1] = {}): Promise<OpenedWorkbench> {
  const store = await WorkspaceStore.open(dir, opts)
  const handlers = createHandlers(defaultDeps(store))
  const call: OpenedWorkbench['call'] = (method, input, ctx) => dispatch(handlers, method, input, ctx)
  return {
    store,
    handlers,
    call,
    api: createClient((method, input) => call(method, input, { trusted: true })),
    close: () => store.close(),
  }
}
