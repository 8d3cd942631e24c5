import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { Envelope } from '../core/api/envelope'
import { CONTENT_SECURITY_POLICY } from '../main/security'
import { serveRange } from './rangeFile'

/**
 * The HTTP door to dispatch() for browser mode and E2E tests (docs/design/architecture.md "The test bridge").
 * Bound to 127.0.0.1 only; every request must name 127.0.0.1/localhost:PORT as Host (so a web page
 * cannot reach it by DNS rebinding) and every API call must carry the per-run token.
 * Never part of the packaged app.
 */
export interface BridgeOptions {
  call: (method: string, input: unknown) => Promise<Envelope<unknown>>
  /** resolves a material's sha256 to its file and type, for the materials viewer */
  attachment?: (sha256: string) => Promise<{ path: string; mime: string } | null>
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

function errorBody(code: string, message: string): string {
  return JSON.stringify({ ok: false, error: { code, message } })
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new Error('too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
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
      if (url.pathname.startsWith('/api/')) {
        const auth = req.headers.authorization ?? ''
        const given = auth.startsWith('Bearer ') ? auth.slice(7) : ''
        if (!given || !sameToken(given, token)) {
          return send(res, 401, errorBody('UNAUTHORIZED', '未授权：缺少或错误的访问令牌。'))
        }
        if (req.method !== 'POST') return send(res, 405, errorBody('METHOD_NOT_ALLOWED', '只接受 POST 请求。'))
        let input: unknown
        try {
          const text = await readBody(req)
          input = text.trim() === '' ? {} : JSON.parse(text)
        } catch {
          return send(res, 400, errorBody('INVALID_INPUT', '请求内容不是有效的 JSON，或超过 16 MB。'))
        }
        const method = decodeURIComponent(url.pathname.slice('/api/'.length))
        const envelope = await opts.call(method, input)
        return send(res, 200, JSON.stringify(envelope))
      }
      if (url.pathname.startsWith('/attachments/') && opts.attachment) {
        // <video>, <img> and pdf.js cannot send an Authorization header: the token comes in the query
        const given = url.searchParams.get('token') ?? ''
        if (!given || !sameToken(given, token)) return send(res, 401, errorBody('UNAUTHORIZED', '未授权：缺少或错误的访问令牌。'))
        const sha = url.pathname.slice('/attachments/'.length)
        if (!/^[0-9a-f]{64}$/.test(sha)) return send(res, 404, errorBody('NOT_FOUND', '未找到。'))
        const file = await opts.attachment(sha)
        if (!file) return send(res, 404, errorBody('NOT_FOUND', '材料文件不存在。'))
        return await serveRange(req, res, file.path, file.mime, {
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; sandbox",
          'content-disposition': 'inline',
        })
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, errorBody('METHOD_NOT_ALLOWED', '不支持的请求方法。'))
      if (!opts.staticDir) return send(res, 404, errorBody('NOT_FOUND', '未找到。'))
      return await serveStatic(opts.staticDir, url.pathname, res)
    } catch (e) {
      send(res, 500, errorBody('INTERNAL', `内部错误：${(e as Error).message}`))
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
  const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '')
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
