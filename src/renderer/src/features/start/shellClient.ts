import type { Envelope } from '../../../../core/api/envelope'
import type { ShellInput, ShellMethod, ShellOutputs } from '../../../../main/shell/contract'
import { ApiError, BRIDGE_UNREACHABLE_MESSAGE } from '../../api'

declare global {
  interface Window {
    /** Electron only: the shell's methods (src/main/shell), one invoke on the workbench:shell channel */
    shell?: {
      call: (method: string, input: unknown) => Promise<Envelope<unknown>>
      /** menu commands and a second launch's request, from main; returns the unsubscribe */
      onCommand?: (listener: (command: string) => void) => () => void
      /** 打开评审包 for a .wbexp dropped on the window: the preload reads its path, main asks where the expert workspace goes */
      openDroppedPackage?: (file: File) => Promise<Envelope<unknown>>
    }
  }
}

async function send(method: ShellMethod, input: unknown): Promise<Envelope<unknown>> {
  if (window.shell) return window.shell.call(method, input)
  const token = new URLSearchParams(window.location.search).get('token') ?? ''
  try {
    const res = await fetch(`/shell/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    })
    return (await res.json()) as Envelope<unknown>
  } catch {
    return { ok: false, error: { code: 'BRIDGE_UNREACHABLE', message: BRIDGE_UNREACHABLE_MESSAGE } }
  }
}

/** One shell call (which workspace is open): resolves with the value, rejects with ApiError. */
export async function shellCall<M extends ShellMethod>(method: M, input: ShellInput<M>): Promise<ShellOutputs[M]> {
  const r = await send(method, input)
  if (!r.ok) throw new ApiError(r.error.code, r.error.message, r.error.details, r.error.issues)
  return r.value as ShellOutputs[M]
}

/**
 * After the open workspace changed: the page starts again on it (the store holds the old one's data),
 * at its home page — the address's hash named a place in the old workspace. The query (the bridge's
 * token) stays.
 */
export function restartPage(): void {
  window.location.replace(`${window.location.pathname}${window.location.search}`)
}

/** The start screen opens 新建工作区 at once when the page restarted for it (menu 文件 → 新建工作区). */
const START_ACTION_KEY = 'workbench.startAction'
export function requestStartAction(action: 'new'): void {
  sessionStorage.setItem(START_ACTION_KEY, action)
}
export function takeStartAction(): 'new' | null {
  const a = sessionStorage.getItem(START_ACTION_KEY)
  sessionStorage.removeItem(START_ACTION_KEY)
  return a === 'new' ? a : null
}
