import type { ErrorCode, ErrorIssue } from '../domain/errors'
import type { In, Out, WorkbenchApi } from './contract'
import type { Envelope } from './envelope'
import { METHOD_NAMES, type MethodName } from './methodNames'

/**
 * One typed client for every caller (renderer, CLI, tests, bench, demo): it turns a transport that
 * answers envelopes into `WorkbenchApi`, whose methods resolve with the value or reject with an
 * ApiError. Pure: no DOM, no Node; the transport is the caller's (window.api, fetch, in-process dispatch).
 */
export type Send = <M extends MethodName>(method: M, input: In<M>) => Promise<Envelope<Out<M>>>

/** An error from the core or a door: a code for programs, the Chinese message for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    /** what exactly is wrong, e.g. every reason a draw cannot run (ASSIGNMENT_INFEASIBLE) */
    readonly issues?: ErrorIssue[],
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export interface ClientOptions {
  /** sees every refusal before it is thrown (the renderer opens its damaged-file dialog from here) */
  onError?: (error: ApiError, method: MethodName) => void
}

export function createClient(send: Send, opts: ClientOptions = {}): WorkbenchApi {
  const client: Partial<Record<MethodName, (input: never) => Promise<unknown>>> = {}
  for (const m of METHOD_NAMES) {
    client[m] = async (input: In<typeof m>) => {
      const env = await send(m, input)
      if (env.ok) return env.value
      const error = new ApiError(env.error.code, env.error.message, env.error.details, env.error.issues)
      opts.onError?.(error, m)
      throw error
    }
  }
  return client as WorkbenchApi
}
