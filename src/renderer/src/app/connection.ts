import type { WorkbenchApi } from '../../../core/api/contract'
import { METHOD_NAMES } from '../../../core/api/methodNames'
import { ApiError } from '../api'

/** Fired on window when calls stop or start reaching the workbench service: detail `{ lost: boolean, message }`. */
export const CONNECTION_EVENT = 'workbench:connection'

/** The code the client gives a call that never reached the service (the server stopped, the window outlived it). */
export const UNREACHABLE_CODE = 'BRIDGE_UNREACHABLE'
const UNREACHABLE_TEXT = '无法连接工作台服务，请确认程序仍在运行后重试'

export interface ConnectionDetail {
  lost: boolean
  message: string
}

function announce(detail: ConnectionDetail) {
  window.dispatchEvent(new CustomEvent<ConnectionDetail>(CONNECTION_EVENT, { detail }))
}

/**
 * Wraps the typed client so the whole window learns when the service is gone (issue 9 item 10: every
 * action showed "Failed to fetch" in English): a transport failure becomes an ApiError with a Chinese
 * message and raises the connection banner; the next call that gets through lowers it.
 */
export function watchConnection(api: WorkbenchApi): WorkbenchApi {
  // a call nobody awaited (a refresh button) that failed only because the service is gone is already
  // told by the banner: it is not also an error of the page
  window.addEventListener('unhandledrejection', (e) => {
    if (e.reason instanceof ApiError && e.reason.code === UNREACHABLE_CODE) e.preventDefault()
  })
  let lost = false
  const watched = {} as Record<string, (input: unknown) => Promise<unknown>>
  for (const m of METHOD_NAMES) {
    const call = api[m] as (input: unknown) => Promise<unknown>
    watched[m] = async (input) => {
      try {
        const value = await call(input)
        if (lost) {
          lost = false
          announce({ lost: false, message: '' })
        }
        return value
      } catch (e) {
        // fetch rejects with a TypeError when nothing answers; the client may already map it to UNREACHABLE_CODE
        const unreachable = e instanceof TypeError || (e instanceof ApiError && e.code === UNREACHABLE_CODE)
        if (!unreachable) throw e
        const message = e instanceof ApiError ? e.message : UNREACHABLE_TEXT
        lost = true
        announce({ lost: true, message })
        throw e instanceof ApiError ? e : new ApiError(UNREACHABLE_CODE, message)
      }
    }
  }
  return watched as WorkbenchApi
}
