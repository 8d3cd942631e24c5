import type { MethodName } from '../../core/api/methodNames'
import type { In, Out, WorkbenchApi } from '../../core/api/contract'
import type { Envelope } from '../../core/api/envelope'
import { ApiError, createClient as createCoreClient, type Send } from '../../core/api/client'

export { ApiError }

/** What the preload exposes in Electron: one function per method, returning an envelope. */
export type RawApi = { [M in MethodName]: (input: In<M>) => Promise<Envelope<Out<M>>> }

/** A file main's own dialog already staged (Electron): the renderer holds its uploadId, never its path. */
export interface StagedFile {
  uploadId: string
  name: string
  size: number
}
/** What the user picked: a browser File to send in chunks, or a file main staged. */
export type PickedFile = File | StagedFile

declare global {
  interface Window {
    api?: RawApi
    /** Electron only: main's file dialog (src/main/filesIpc.ts) */
    files?: {
      open: (opts: { filters: { name: string; extensions: string[] }[]; multiple: boolean }) => Promise<Envelope<StagedFile[]>>
      /** a file dropped on the window: the preload reads its path, main stages it (issue 15) */
      stageDropped?: (file: File) => Promise<Envelope<StagedFile[]>>
    }
  }
}

/** Electron: lets main's dialog choose one file of `accept` (".xlsx,.csv") and stage it; null when cancelled. */
export async function pickWithMainDialog(accept: string, label: string): Promise<StagedFile | null> {
  const extensions = accept.split(',').map((x) => x.trim().replace(/^\./, '')).filter(Boolean)
  const r = await window.files!.open({ filters: [{ name: label, extensions }], multiple: false })
  if (!r.ok) throw new ApiError(r.error.code, r.error.message, r.error.details, r.error.issues)
  return r.value[0] ?? null
}

/** Fired on window when the core reports a damaged workspace file. */
export const DAMAGED_FILE_EVENT = 'workbench:damaged-file'

/** What the user reads when the bridge cannot be reached at all (fetch's own "Failed to fetch" says nothing). */
export const BRIDGE_UNREACHABLE_MESSAGE = '无法连接工作台服务，请确认程序仍在运行后重试'

/** Electron: the preload's window.api, one invoke per method. */
function ipcSend(raw: RawApi): Send {
  return (method, input) => (raw[method] as (i: unknown) => Promise<Envelope<Out<typeof method>>>)(input)
}

/**
 * Browser mode (E2E tests, machines without the Electron binary): the same methods over the
 * local bridge, with the per-run token taken from the page address. A request that never gets an
 * answer (the server stopped) is refused as BRIDGE_UNREACHABLE in words the user understands.
 */
function httpSend(token: string): Send {
  return async (method, input) => {
    let res: Response
    try {
      res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      })
    } catch {
      return { ok: false, error: { code: 'BRIDGE_UNREACHABLE', message: BRIDGE_UNREACHABLE_MESSAGE } }
    }
    try {
      return (await res.json()) as Envelope<Out<typeof method>>
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: `工作台服务的回答无法读取（HTTP ${res.status}），请重试。` } }
    }
  }
}

function defaultSend(): Send {
  if (window.api) return ipcSend(window.api)
  const token = new URLSearchParams(window.location.search).get('token') ?? ''
  return httpSend(token)
}

/**
 * The typed client the UI uses (core/api/client.ts over this window's transport): resolves with the
 * value, rejects with ApiError. A damaged workspace file, whichever call met it, opens DamagedFileDialog.
 */
export function createClient(send: Send = defaultSend()): WorkbenchApi {
  return createCoreClient(send, {
    onError: (e) => {
      if (e.code === 'WORKSPACE_FILE_CORRUPT') {
        window.dispatchEvent(new CustomEvent(DAMAGED_FILE_EVENT, { detail: { message: e.message, file: e.details?.file } }))
      }
    },
  })
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
  file: PickedFile,
  onProgress?: (sent: number, total: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  if (!(file instanceof Blob)) {
    // already in the workspace's uploads, copied by main
    onProgress?.(file.size, file.size)
    return file.uploadId
  }
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
