import { existsSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { request } from 'node:http'
import { test } from '@playwright/test'
import { openWorkbench, type OpenedWorkbench } from '../../../src/core/api/openApi'
import { DEFAULT_GROUPS } from '../../../src/core/domain/groups'
import { buildDemoWorkspace } from '../../../src/core/demo/buildDemo'
import { startBridge, type Bridge } from '../../../src/bridge/server'
import { attachmentFile } from '../../../src/core/api/attachmentFile'
import type { In, MethodName, Out } from '../../../src/core/api/contract'
import type { Envelope } from '../../../src/core/api/envelope'

const root = resolve(import.meta.dirname, '../../..')

export interface Workbench {
  /** the page address with the run's token */
  url: string
  dir: string
  /** an API call over HTTP with the token, as the renderer makes it; rejects on an error envelope */
  api: <M extends MethodName>(method: M, input: In<M>) => Promise<Out<M>>
}

/**
 * Serves the built renderer and the real core on a fresh temp workspace: empty (with the alliance's
 * 7 groups) or a copy of the bundled demo. `close` stops the bridge and removes the folder.
 */
export async function startWorkbench(kind: 'empty' | 'demo'): Promise<{ wb: Workbench; close: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'workbench-e2e-'))
  // the shipped demo (what `npm start` copies) is quick to copy; building it through the API takes a minute
  const shipped = join(root, 'resources/demo-workspace')
  if (kind === 'demo') await (existsSync(shipped) ? cp(shipped, dir, { recursive: true }) : buildDemoWorkspace(dir))
  const opened: OpenedWorkbench = await openWorkbench(dir, {
    create: kind === 'empty' ? { name: 'E2E 专家委员会', groups: DEFAULT_GROUPS } : undefined,
    door: 'e2e',
  })
  const bridge: Bridge = await startBridge({ call: opened.call, staticDir: join(root, 'out/renderer'), attachment: (sha) => attachmentFile(opened, sha) })
  const base = `http://127.0.0.1:${bridge.port}`
  const api: Workbench['api'] = async (method, input) => {
    const env = (await postJson(`${base}/api/${method}`, bridge.token, JSON.stringify(input))) as Envelope<Out<typeof method>>
    if (!env.ok) throw new Error(`${method}: ${env.error.code} ${env.error.message}`)
    return env.value
  }
  const close = async () => {
    await bridge.close()
    await opened.close()
    await rm(dir, { recursive: true, force: true })
  }
  return { wb: { url: bridge.url, dir, api }, close }
}

/**
 * One POST on a connection of its own. fetch keeps sockets alive, and the bridge runs in this very
 * process: when a long synchronous step (a 4 MB chunk) blocks the event loop past the server's
 * keep-alive timeout, fetch reuses a socket the server closes in the same turn (read ECONNRESET).
 */
function postJson(url: string, token: string, body: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')))
        } catch (e) {
          reject(new Error(`${url}: HTTP ${res.statusCode}, not JSON (${(e as Error).message})`))
        }
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

/**
 * Registers beforeAll/afterAll that serve one workbench for the whole test file (startWorkbench).
 * New specs: prefer the per-test `workbench` fixture of support/fixtures.ts, so a failure does not cascade.
 */
export function serveWorkbench(kind: 'empty' | 'demo'): Workbench {
  const wb: Workbench = { url: '', dir: '', api: () => Promise.reject(new Error('workbench not started')) }
  let close: (() => Promise<void>) | undefined

  test.beforeAll(async () => {
    const started = await startWorkbench(kind)
    Object.assign(wb, started.wb)
    close = started.close
  })

  test.afterAll(async () => {
    await close?.()
  })

  return wb
}
