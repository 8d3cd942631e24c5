import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { request } from 'node:http'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startBridge, type Bridge } from '../../../src/bridge/server'
import { tempWorkbench } from '../../helpers/tempWorkspace'

let bridge: Bridge
let wb: Awaited<ReturnType<typeof tempWorkbench>>

/** Raw HTTP: the path is sent as given (fetch would normalise it), the body in 1 MB writes. */
function post(path: string, body: Buffer | string, opts: { declareLength?: boolean } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const data = Buffer.isBuffer(body) ? body : Buffer.from(body)
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: 'POST',
        headers: {
          host: `127.0.0.1:${bridge.port}`,
          'content-type': 'application/json',
          authorization: `Bearer ${bridge.token}`,
          ...(opts.declareLength ? { 'content-length': data.length } : {}),
        },
      },
      (res) => {
        let text = ''
        res.on('data', (d) => (text += d))
        res.on('end', () => resolve({ status: res.statusCode!, body: text, headers: res.headers }))
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    const step = 1024 * 1024
    for (let i = 0; i < data.length; i += step) req.write(data.subarray(i, i + step))
    req.end()
  })
}

beforeAll(async () => {
  wb = await tempWorkbench()
  bridge = await startBridge({ call: wb.call })
})
afterAll(async () => {
  await bridge.close()
  await wb.cleanup()
})

describe('bridge refusals: answered in Chinese with the right status, never a reset', () => {
  it('a malformed %-escape in the method name is 400, not 500 "URI malformed"', async () => {
    const r = await post('/api/%E0%A4%A', '{}')
    expect(r.status).toBe(400)
    const env = JSON.parse(r.body)
    expect(env).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(env.error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(env.error.message).not.toContain('URI malformed')
  })

  it.each([
    { how: 'counted while streaming (chunked)', declareLength: false },
    { how: 'declared by Content-Length', declareLength: true },
  ])('a 50 MB body is 413 with a Chinese envelope the client can read ($how)', async ({ declareLength }) => {
    const r = await post('/api/workspace.info', Buffer.alloc(50 * 1024 * 1024, 0x20), { declareLength })
    expect(r.status).toBe(413)
    expect(r.headers.connection).toBe('close')
    const env = JSON.parse(r.body)
    expect(env).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } })
    expect(env.error.message).toContain('请求内容超过 16 MB')
    // the bridge still answers afterwards
    expect((await post('/api/workspace.info', '{}')).status).toBe(200)
  }, 60_000)

  it('refuses a local path from the page (roster.preview, materials.import): nothing is read', async () => {
    const c = await wb.api['campaigns.create']({ name: '路径', kind: 'diagnostic' })
    const secret = join(wb.dir, '..', 'outside.csv')
    await writeFile(secret, '申报单位,专业,协作组\n秘密学校,秘密专业,g1\n')
    for (const [method, input] of [
      ['roster.preview', { campaignId: c.id, source: { path: secret } }],
      ['materials.import', { campaignId: c.id, source: { path: join(wb.dir, '..') } }],
      ['roster.import', { campaignId: c.id, source: { path: secret }, mode: 'all' }],
    ] as const) {
      const r = await post(`/api/${method}`, JSON.stringify(input))
      expect(r.status).toBe(200)
      const env = JSON.parse(r.body)
      expect(env, method).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '界面不接受文件路径，请通过上传或文件对话框选择文件' } })
      expect(r.body).not.toContain('秘密')
    }
    expect((await wb.api['campaigns.get']({ campaignId: c.id })).submissions).toEqual([])
    // the trusted in-process client (the CLI's) still reads the path
    const preview = await wb.api['roster.preview']({ campaignId: c.id, source: { path: secret } })
    expect(preview.rows[0]).toMatchObject({ school: '秘密学校' })
  })
})
