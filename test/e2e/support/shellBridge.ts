import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startBridge, type Bridge } from '../../../src/bridge/server'
import { attachmentFile } from '../../../src/core/api/attachmentFile'
import { RecentStore } from '../../../src/main/shell/recentStore'
import { WorkspaceHost } from '../../../src/main/shell/workspaceHost'

const root = resolve(import.meta.dirname, '../../..')

export interface ShellBench {
  url: string
  /** a temp folder for workspaces of this test */
  dir: string
  host: WorkspaceHost
  recent: RecentStore
  close: () => Promise<void>
}

/**
 * The bridge as browser mode serves it (src/bridge/serve.ts): a workspace host with a recent list
 * in a temp folder, no workspace open yet, the built renderer. `close` removes everything.
 */
export async function startShellBench(): Promise<ShellBench> {
  const dir = await mkdtemp(join(tmpdir(), 'workbench-shell-e2e-'))
  const recent = new RecentStore(join(dir, 'user-data'))
  const host = new WorkspaceHost({ recent, door: 'e2e', version: '0.1.0', typedPaths: true })
  const bridge: Bridge = await startBridge({
    call: host.call,
    shell: (m, i) => host.dispatch(m, i),
    attachment: async (sha) => (host.current ? attachmentFile(host.current, sha) : null),
    staticDir: join(root, 'out/renderer'),
  })
  return {
    url: bridge.url,
    dir,
    host,
    recent,
    close: async () => {
      await bridge.close()
      await host.shutdown()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** The shipped demo workspace copied to `dest` (a workspace folder copied like a document). */
export function copyDemo(dest: string): Promise<void> {
  return cp(join(root, 'resources/demo-workspace'), dest, { recursive: true })
}
