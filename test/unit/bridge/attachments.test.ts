import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startBridge, type Bridge } from '../../../src/bridge/server'
import { tempDir } from '../../helpers/tempWorkspace'

let bridge: Bridge
let cleanup: () => Promise<void>
const SHA = 'a'.repeat(64)
const body = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256))

beforeAll(async () => {
  const t = await tempDir()
  cleanup = t.cleanup
  await mkdir(join(t.dir, 'att'), { recursive: true })
  await writeFile(join(t.dir, 'att', SHA), body)
  bridge = await startBridge({
    call: async () => ({ ok: true, value: null }),
    attachment: async (sha) => (sha === SHA ? { path: join(t.dir, 'att', SHA), mime: 'video/mp4' } : null),
  })
})
afterAll(async () => {
  await bridge.close()
  await cleanup()
})

const url = (path: string) => `http://127.0.0.1:${bridge.port}${path}`

describe('bridge materials route', () => {
  it('needs the token in the query', async () => {
    expect((await fetch(url(`/attachments/${SHA}`))).status).toBe(401)
    expect((await fetch(url(`/attachments/${SHA}?token=wrong`))).status).toBe(401)
  })

  it('serves whole files and single byte ranges', async () => {
    const whole = await fetch(url(`/attachments/${SHA}?token=${bridge.token}`))
    expect(whole.status).toBe(200)
    expect(whole.headers.get('accept-ranges')).toBe('bytes')
    expect(Buffer.from(await whole.arrayBuffer()).equals(body)).toBe(true)

    const part = await fetch(url(`/attachments/${SHA}?token=${bridge.token}`), { headers: { range: 'bytes=100-199' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000')
    expect(Buffer.from(await part.arrayBuffer()).equals(body.subarray(100, 200))).toBe(true)

    const tail = await fetch(url(`/attachments/${SHA}?token=${bridge.token}`), { headers: { range: 'bytes=-10' } })
    expect(Buffer.from(await tail.arrayBuffer()).equals(body.subarray(990))).toBe(true)
    expect((await fetch(url(`/attachments/${SHA}?token=${bridge.token}`), { headers: { range: 'bytes=5000-' } })).status).toBe(416)
  })

  it('resolves only content hashes it knows', async () => {
    expect((await fetch(url(`/attachments/${'b'.repeat(64)}?token=${bridge.token}`))).status).toBe(404)
    expect((await fetch(url(`/attachments/..%2F..%2Fetc%2Fpasswd?token=${bridge.token}`))).status).toBe(404)
  })
})
