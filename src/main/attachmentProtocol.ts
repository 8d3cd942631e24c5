import { protocol } from 'electron'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { attachmentHeaders } from './attachmentHeaders'

export const ATTACHMENT_SCHEME = 'wb-attachment'

/** Lets <video> stream and seek, and pdf.js fetch, from the scheme (registered with the app scheme, before ready). */
export const ATTACHMENT_SCHEME_PRIVILEGES = { scheme: ATTACHMENT_SCHEME, privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true, corsEnabled: true } }

/** Must run before app is ready; registerSchemesAsPrivileged may be called once, so every scheme goes in one call. */
export function registerSchemes(...more: (typeof ATTACHMENT_SCHEME_PRIVILEGES | { scheme: string; privileges: Record<string, boolean> })[]): void {
  protocol.registerSchemesAsPrivileged([ATTACHMENT_SCHEME_PRIVILEGES, ...more])
}

/**
 * wb-attachment://file/<sha256> → the material file, with single-range support (the same rules as the
 * bridge's serveRange). Only content-addressed names resolve; nothing else on disk is reachable.
 */
export function handleAttachments(resolve: (sha: string) => Promise<{ path: string; mime: string; name?: string } | null>, appOrigin: string): void {
  // the page (app://workbench) fetches materials cross-scheme: pdf.js and fetch() need this one origin allowed
  const cors = { 'access-control-allow-origin': appOrigin, vary: 'origin' }
  protocol.handle(ATTACHMENT_SCHEME, async (request) => {
    const sha = new URL(request.url).pathname.replace(/^\/+/, '')
    if (!/^[0-9a-f]{64}$/.test(sha)) return new Response('not found', { status: 404 })
    const file = await resolve(sha)
    if (!file) return new Response('not found', { status: 404 })
    const size = (await stat(file.path)).size
    const m = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('range') ?? '')
    let start = 0
    let end = size - 1
    if (m && (m[1] || m[2])) {
      start = m[1] ? Number(m[1]) : Math.max(0, size - Number(m[2]))
      end = m[1] && m[2] ? Math.min(Number(m[2]), size - 1) : size - 1
      if (start > end || start >= size) return new Response(null, { status: 416, headers: { ...attachmentHeaders(file), ...cors, 'content-range': `bytes */${size}` } })
    }
    const partial = !!m && (!!m[1] || !!m[2])
    const body = size === 0 ? null : (Readable.toWeb(createReadStream(file.path, { start, end })) as ReadableStream)
    return new Response(body, {
      status: partial ? 206 : 200,
      headers: {
        ...attachmentHeaders(file),
        ...cors,
        'content-type': file.mime,
        'accept-ranges': 'bytes',
        'content-length': String(size === 0 ? 0 : end - start + 1),
        ...(partial ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
      },
    })
  })
}
