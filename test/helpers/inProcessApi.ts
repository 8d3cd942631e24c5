import type { OpenedWorkbench } from '../../src/core/api/openApi'
import type { MethodName } from '../../src/core/api/methodNames'
import type { Out, WorkbenchApi } from '../../src/core/api/contract'
import type { Envelope } from '../../src/core/api/envelope'
import { createClient } from '../../src/core/api/client'

/** Runs before a call reaches dispatch (e.g. to hold a write until the test releases it). */
export type BeforeCall = (method: MethodName, input: unknown) => Promise<void> | void

/**
 * The typed client (core/api/client.ts, the one the renderer, CLI and bench use) over in-process
 * dispatch: the bridge and IPC replaced by a direct call into the real core on a real workspace.
 * No HTTP, no mocks. `before` sees every call in order (e.g. to hold a write until the test releases it).
 */
export function inProcessApi(wb: Pick<OpenedWorkbench, 'call'>, before?: BeforeCall): WorkbenchApi {
  return createClient(async (method, input) => {
    await before?.(method, input)
    // a structured clone, as IPC and JSON do: the store never shares objects with the core
    return structuredClone(await wb.call(method, structuredClone(input))) as Envelope<Out<typeof method>>
  })
}

/** A gate for one method: calls wait at the gate until released, in the order they came. */
export function gate(method: MethodName) {
  const held: Array<{ input: unknown; release: () => void }> = []
  let open = false
  const before: BeforeCall = (m, input) => {
    if (m !== method || open) return
    return new Promise<void>((release) => held.push({ input, release }))
  }
  return {
    before,
    held,
    /** lets the first held call through */
    releaseOne: () => held.shift()?.release(),
    /** lets every held and later call through */
    openUp: () => {
      open = true
      for (const h of held.splice(0)) h.release()
    },
  }
}
