import type { OpenedWorkbench } from '../../src/core/api/openApi'
import { METHOD_NAMES, type MethodName } from '../../src/core/api/methodNames'
import type { WorkbenchApi } from '../../src/core/api/contract'
import { createClient, type RawApi } from '../../src/renderer/src/api'

/** Runs before a call reaches dispatch (e.g. to hold a write until the test releases it). */
export type BeforeCall = (method: MethodName, input: unknown) => Promise<void> | void

/**
 * The renderer's typed client over in-process dispatch: the same `createClient` the window uses (so
 * refusals arrive as the renderer's ApiError), with the bridge and IPC replaced by a direct call into
 * the real core on a real workspace. No HTTP, no mocks. `before` sees every call in order.
 * (When the core offers `createClient(send)`, this is where it is used.)
 */
export function inProcessApi(wb: Pick<OpenedWorkbench, 'call'>, before?: BeforeCall): WorkbenchApi {
  const raw = {} as Record<string, (input: unknown) => Promise<unknown>>
  for (const m of METHOD_NAMES) {
    raw[m] = async (input) => {
      await before?.(m, input)
      // a structured clone, as IPC and JSON do: the store never shares objects with the core
      return structuredClone(await wb.call(m, structuredClone(input) as never))
    }
  }
  return createClient(raw as RawApi)
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
