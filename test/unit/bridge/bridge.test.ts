import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { request } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startBridge, type Bridge } from '../../../src/bridge/server'
import { tempWorkbench } from '../../helpers/tempWorkspace'

let bridge: Bridge
let wb: Awaited<ReturnType<typeof tempWorkbench>>

/** Raw HTTP so the Host header can be set freely (fetch forbids it). */
function http(path: string, opts: { method?: string; host?: string; token?: string; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: opts.method ?? 'POST',
        headers: {
          host: opts.host ?? `127.0.0.1:${bridge.port}`,
          'content-type': 'application/json',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        },
      },
      (res) => {
        let body = ''
        res.on('data', (d) => (body += d))
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}

beforeAll(async () => {
  wb = await tempWorkbench()
  const staticDir = join(wb.dir, '..', 'static')
  await mkdir(staticDir, { recursive: true })
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>工作台</title>')
  await writeFile(join(wb.dir, '..', 'secret.txt'), 'do not serve')
  bridge = await startBridge({ call: wb.call, staticDir })
})
afterAll(async () => {
  await bridge.close()
  await wb.cleanup()
})

describe('bridge (browser mode door)', () => {
  it('binds to 127.0.0.1 only', () => {
    const addr = bridge.server.address()
    expect(typeof addr === 'object' && addr?.address).toBe('127.0.0.1')
  })

  it('answers 401 without the token or with a wrong one', async () => {
    expect((await http('/api/workspace.info', { body: '{}' })).status).toBe(401)
    const wrong = await http('/api/workspace.info', { body: '{}', token: 'x'.repeat(bridge.token.length) })
    expect(wrong.status).toBe(401)
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
  })

  it('answers 403 for a foreign Host header, even with the token', async () => {
    for (const host of ['evil.example:80', `attacker.test:${bridge.port}`, `127.0.0.1:${bridge.port + 1}`, '127.0.0.1', `[::1]:${bridge.port}`]) {
      const r = await http('/api/workspace.info', { body: '{}', token: bridge.token, host })
      expect(r.status, host).toBe(403)
    }
    expect((await http('/', { method: 'GET', host: 'evil.example' })).status).toBe(403)
  })

  it('dispatches with the token and localhost or 127.0.0.1 as Host', async () => {
    for (const host of [`127.0.0.1:${bridge.port}`, `localhost:${bridge.port}`]) {
      const r = await http('/api/workspace.info', { body: '{}', token: bridge.token, host })
      expect(r.status).toBe(200)
      expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { name: '测试工作区' } })
    }
    const bad = await http('/api/experts.add', { body: '{"name":""}', token: bridge.token })
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const notJson = await http('/api/experts.add', { body: '{nope', token: bridge.token })
    expect(notJson.status).toBe(400)
  })

  it('serves the renderer with a CSP and never a file outside it', async () => {
    const page = await http('/', { method: 'GET' })
    expect(page.status).toBe(200)
    expect(page.body).toContain('工作台')
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'")
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const r = await http(p, { method: 'GET' })
      expect(r.status, p).toBe(404)
      expect(r.body).not.toContain('do not serve')
    }
  })
})
