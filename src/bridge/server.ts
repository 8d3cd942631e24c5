import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { Envelope } from '../core/api/envelope'
import { CONTENT_SECURITY_POLICY } from '../main/security'
import { serveRange } from './rangeFile'
import { attachmentHeaders } from '../main/attachmentHeaders'
import { writeJsonInSlices } from '../core/util/jsonInSlices'

/**
 * The HTTP door to dispatch() for browser mode and E2E tests (docs/design/architecture.md "The test bridge").
 * Bound to 127.0.0.1 only; every request must name 127.0.0.1/localhost:PORT as Host (so a web page
 * cannot reach it by DNS rebinding) and every API call must carry the per-run token.
 * Never part of the packaged app.
 */
export interface BridgeOptions {
  call: (method: string, input: unknown, ctx: { trusted: false }) => Promise<Envelope<unknown>>
  /** resolves a material's sha256 to its file and type, for the materials viewer */
  attachment?: (sha256: string) => Promise<{ path: string; mime: string; name?: string } | null>
  /** the shell's methods (open, create, close a workspace: src/main/shell), on POST /shell/<method> */
  shell?: (method: string, input: unknown) => Promise<Envelope<unknown>>
  /** built renderer (out/renderer); omitted for an API-only bridge */
  staticDir?: string
  port?: number
  token?: string
}

export interface Bridge {
  server: Server
  port: number
  token: string
  url: string
  close: () => Promise<void>
}

const MAX_BODY_BYTES = 16 * 1024 * 1024

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

export function newToken(): string {
  return randomBytes(24).toString('base64url')
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  })
  res.end(body)
}

/** send(res, 200, JSON.stringify(value)), streamed out in chunks as the text is made (util/jsonInSlices.ts). */
async function sendJsonInSlices(res: ServerResponse, value: unknown): Promise<void> {
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  })
  // each chunk is queued on the response as it is made (Node buffers what the socket has not taken
  // yet: at most the answer, as res.end(text) did); waiting for 'drain' here stalled answers
  await writeJsonInSlices(value, (text) => void res.write(text))
  res.end()
}

function errorBody(code: string, message: string): string {
  return JSON.stringify({ ok: false, error: { code, message } })
}

class BodyTooLarge extends Error {}

/**
 * The request body, or BodyTooLarge as soon as it passes the cap (declared or counted): nothing more
 * is kept, and the stream is paused, not destroyed (a `for await` left early would reset the socket
 * before the client could read the 413).
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return reject(new BodyTooLarge())
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk)
      req.off('data', onData)
      req.off('end', onEnd)
      req.pause()
      reject(new BodyTooLarge())
    }
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'))
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', reject)
  })
}

/** How long the rest of a refused body may keep arriving (discarded) before the connection is cut. */
const DISCARD_MS = 10_000

/**
 * 413 for a body over the cap, readable by the client: answer with `connection: close`, then keep
 * discarding what is still being sent (never stored) so the client is not reset mid-upload before it
 * reads the answer; a sender that does not stop within DISCARD_MS is cut off.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('connection', 'close')
  send(res, 413, errorBody('PAYLOAD_TOO_LARGE', `请求内容超过 ${MAX_BODY_BYTES / 1024 / 1024} MB，未处理。大文件请分块上传。`))
  const timer = setTimeout(() => req.destroy(), DISCARD_MS)
  timer.unref()
  req.on('end', () => clearTimeout(timer))
  req.on('close', () => clearTimeout(timer))
  req.resume()
}

/** A path segment decoded, or null when its %-escapes are malformed (decodeURIComponent would throw). */
function decodeSegment(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? newToken()
  let port = opts.port ?? 0
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`])

  const server = createServer(async (req, res) => {
    try {
      if (!allowedHosts().has(req.headers.host ?? '')) {
        return send(res, 403, errorBody('FORBIDDEN_HOST', '拒绝访问：请求的主机名不是本机工作台地址。'))
      }
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
      const shellCall = url.pathname.startsWith('/shell/') ? opts.shell : undefined
      if (url.pathname.startsWith('/api/') || shellCall) {
        const auth = req.headers.authorization ?? ''
        const given = auth.startsWith('Bearer ') ? auth.slice(7) : ''
        if (!given || !sameToken(given, token)) {
          return send(res, 401, errorBody('UNAUTHORIZED', '未授权：缺少或错误的访问令牌。'))
        }
        if (req.method !== 'POST') return send(res, 405, errorBody('METHOD_NOT_ALLOWED', '只接受 POST 请求。'))
        const method = decodeSegment(url.pathname.slice(shellCall ? '/shell/'.length : '/api/'.length))
        if (method === null) {
          req.resume()
          return send(res, 400, errorBody('INVALID_INPUT', '请求地址中的操作名称编码有误（百分号转义不完整），未处理。'))
        }
        let input: unknown
        try {
          const text = await readBody(req)
          input = text.trim() === '' ? {} : JSON.parse(text)
        } catch (e) {
          if (e instanceof BodyTooLarge) return refuseTooLarge(req, res)
          return send(res, 400, errorBody('INVALID_INPUT', '请求内容不是有效的 JSON。'))
        }
        const envelope = shellCall ? await shellCall(method, input) : await opts.call(method, input, { trusted: false })
        // a large answer (results.summary: ~2 MB) is made and sent in slices, never one long block of the loop (issue 14)
        return await sendJsonInSlices(res, envelope)
      }
      if (url.pathname.startsWith('/attachments/') && opts.attachment) {
        // <video>, <img> and pdf.js cannot send an Authorization header: the token comes in the query
        const given = url.searchParams.get('token') ?? ''
        if (!given || !sameToken(given, token)) return send(res, 401, errorBody('UNAUTHORIZED', '未授权：缺少或错误的访问令牌。'))
        const sha = url.pathname.slice('/attachments/'.length)
        if (!/^[0-9a-f]{64}$/.test(sha)) return send(res, 404, errorBody('NOT_FOUND', '未找到。'))
        const file = await opts.attachment(sha)
        if (!file) return send(res, 404, errorBody('NOT_FOUND', '材料文件不存在。'))
        return await serveRange(req, res, file.path, file.mime, attachmentHeaders(file))
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, errorBody('METHOD_NOT_ALLOWED', '不支持的请求方法。'))
      if (!opts.staticDir) return send(res, 404, errorBody('NOT_FOUND', '未找到。'))
      return await serveStatic(opts.staticDir, url.pathname, res)
    } catch (e) {
      if (!res.headersSent) send(res, 500, errorBody('INTERNAL', `内部错误：${(e as Error).message}`))
      else res.destroy()
    }
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const addr = server.address()
  if (addr && typeof addr === 'object') port = addr.port
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const decoded = decodeSegment(pathname)
  if (decoded === null) return send(res, 400, errorBody('INVALID_INPUT', '请求地址的编码有误（百分号转义不完整）。'))
  const rel = pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const file = normalize(join(root, rel))
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
    return send(res, 404, errorBody('NOT_FOUND', '未找到。'))
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file')
  } catch {
    return send(res, 404, errorBody('NOT_FOUND', '未找到。'))
  }
  const body = await readFile(file)
  res.writeHead(200, {
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  })
  res.end(body)
}
