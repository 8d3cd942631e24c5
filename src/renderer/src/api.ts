import { METHOD_NAMES, type MethodName } from '../../core/api/methodNames'
import type { In, Out, WorkbenchApi } from '../../core/api/contract'
import type { Envelope } from '../../core/api/envelope'

/** What the preload exposes in Electron: one function per method, returning an envelope. */
export type RawApi = { [M in MethodName]: (input: In<M>) => Promise<Envelope<Out<M>>> }

declare global {
  interface Window {
    api?: RawApi
  }
}

/** An error from the core, carrying its code and the Chinese message for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
  }
}

/**
 * Browser mode (E2E tests, machines without the Electron binary): the same methods over the
 * local bridge, with the per-run token taken from the page address.
 */
function httpApi(token: string): RawApi {
  const api = {} as Record<string, (input: unknown) => Promise<unknown>>
  for (const m of METHOD_NAMES) {
    api[m] = async (input) => {
      const res = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      })
      return res.json()
    }
  }
  return api as RawApi
}

function rawApi(): RawApi {
  if (window.api) return window.api
  const token = new URLSearchParams(window.location.search).get('token') ?? ''
  return httpApi(token)
}

/** The typed client the UI uses: resolves with the value, rejects with ApiError. */
export function createClient(raw: RawApi = rawApi()): WorkbenchApi {
  const client = {} as Record<string, (input: unknown) => Promise<unknown>>
  for (const m of METHOD_NAMES) {
    client[m] = async (input) => {
      const env = (await (raw[m] as (i: unknown) => Promise<Envelope<unknown>>)(input)) as Envelope<unknown>
      if (env.ok) return env.value
      throw new ApiError(env.error.code, env.error.message, env.error.details)
    }
  }
  return client as WorkbenchApi
}
