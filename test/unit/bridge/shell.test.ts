import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { startBridge, type Bridge } from '../../../src/bridge/server'
import { RecentStore } from '../../../src/main/shell/recentStore'
import { WorkspaceHost } from '../../../src/main/shell/workspaceHost'
import { tempDir } from '../../helpers/tempWorkspace'

let bridge: Bridge
let host: WorkspaceHost
let tmp: Awaited<ReturnType<typeof tempDir>>

const post = async (path: string, body: unknown, token = bridge.token) => {
  const res = await fetch(`http://127.0.0.1:${bridge.port}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: res.status, json: (await res.json()) as { ok: boolean; value?: any; error?: { code: string } } }
}

beforeAll(async () => {
  tmp = await tempDir('wb-bridge-shell-')
  host = new WorkspaceHost({ recent: new RecentStore(join(tmp.dir, 'recent')), door: 'test', version: '1.2.3', typedPaths: true })
  bridge = await startBridge({ call: host.call, shell: (m, i) => host.dispatch(m, i) })
})
afterAll(async () => {
  await bridge.close()
  await host.shutdown()
  await tmp.cleanup()
})

describe('bridge: the shell door switches the workspace the API works on', () => {
  it('needs the token like the API', async () => {
    expect((await post('/shell/state', {}, 'wrong')).status).toBe(401)
  })
  it('starts with no workspace, creates one, then the API answers for it; closing returns to none', async () => {
    const s0 = await post('/shell/state', {})
    expect(s0.json).toMatchObject({ ok: true, value: { current: null, recent: [], nativeDialogs: false, version: '1.2.3' } })
    expect((await post('/api/workspace.info', {})).json).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } })
    const created = await post('/shell/create', { path: join(tmp.dir, 'a'), name: '甲' })
    expect(created.json.value.current.name).toBe('甲')
    expect((await post('/api/workspace.info', {})).json).toMatchObject({ ok: true, value: { name: '甲' } })
    await post('/shell/create', { path: join(tmp.dir, 'b'), name: '乙' })
    expect((await post('/api/workspace.info', {})).json).toMatchObject({ ok: true, value: { name: '乙' } })
    const back = await post('/shell/open', { path: join(tmp.dir, 'a') })
    expect(back.json.value.recent.map((r: { name: string }) => r.name)).toEqual(['甲', '乙'])
    expect((await post('/shell/close', {})).json.value.current).toBeNull()
    expect((await post('/api/workspace.info', {})).json).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } })
  })
})
