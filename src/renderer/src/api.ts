import { METHOD_NAMES, type MethodName } from '../../core/api/methodNames'
import type { In, Out, WorkbenchApi } from '../../core/api/contract'
import type { Envelope } from '../../core/api/envelope'
import type { ErrorIssue } from '../../core/domain/errors'

/** What the preload exposes in Electron: one function per method, returning an envelope. */
export type RawApi = { [M in MethodName]: (input: In<M>) => Promise<Envelope<Out<M>>> }

declare global {
  interface Window {
    api?: RawApi
  }
}

/** Fired on window when the core reports a damaged workspace file. */
export const DAMAGED_FILE_EVENT = 'workbench:damaged-file'

/** An error from the core, carrying its code and the Chinese message for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    /** what exactly is wrong, e.g. every reason a draw cannot run (ASSIGNMENT_INFEASIBLE) */
    readonly issues?: ErrorIssue[],
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
      if (env.error.code === 'WORKSPACE_FILE_CORRUPT') {
        // DamagedFileDialog offers the file's last backup, wherever the call came from
        window.dispatchEvent(new CustomEvent(DAMAGED_FILE_EVENT, { detail: { message: env.error.message, file: env.error.details?.file } }))
      }
      throw new ApiError(env.error.code, env.error.message, env.error.details, env.error.issues)
    }
  }
  return client as WorkbenchApi
}

/** Bytes per uploads.chunk call: the core takes at most 4 MB of file per chunk. */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024

/** The base64 of a blob, read by the browser itself (FileReader's data URL) rather than byte by byte in script. */
function blobBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('无法读取文件'))
    reader.readAsDataURL(blob)
  })
}

/**
 * Sends a file the user picked to the core in order, ≤ 4 MB per chunk (uploads.begin, then uploads.chunk),
 * reading one slice at a time so a large materials zip is never held whole in memory.
 * Resolves with the uploadId that roster and materials imports take as their source.
 */
export async function uploadFile(
  api: Pick<WorkbenchApi, 'uploads.begin' | 'uploads.chunk'>,
  file: File,
  onProgress?: (sent: number, total: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  const { uploadId } = await api['uploads.begin']({ name: file.name, size: file.size })
  let offset = 0
  onProgress?.(0, file.size)
  while (offset < file.size) {
    signal?.throwIfAborted()
    const base64 = await blobBase64(file.slice(offset, offset + UPLOAD_CHUNK_BYTES))
    offset = (await api['uploads.chunk']({ uploadId, offset, base64 })).received
    onProgress?.(offset, file.size)
  }
  return uploadId
}

/**
 * Where the viewer loads a material from: Electron serves it on the wb-attachment: scheme; browser mode
 * from the bridge, same origin, with the run's token in the query (<img>, <video> and pdf.js cannot
 * send an Authorization header). Both answer range requests.
 */
export function attachmentUrl(sha256: string): string {
  if (window.api) return `wb-attachment://file/${sha256}`
  const token = new URLSearchParams(window.location.search).get('token') ?? ''
  return `/attachments/${sha256}?token=${encodeURIComponent(token)}`
}
