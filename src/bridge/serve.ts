import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { buildDemoWorkspace } from '../core/demo/buildDemo'
import { parseArgs, option } from '../cli/args'
import { startBridge } from './server'
import { attachmentFile } from '../core/api/attachmentFile'
import { startLoopProbeFromEnv } from './loopProbe'
import { RecentStore } from '../main/shell/recentStore'
import { WorkspaceHost } from '../main/shell/workspaceHost'

/**
 * Browser mode: `serve [--workspace DIR] [--recent-dir DIR] [--port N] [--static DIR]`.
 * With --workspace: that folder (an empty or missing one gets a fresh demo workspace). Without it but
 * with --recent-dir: the last workspace of that recent list, or none — the page shows the start
 * screen. With neither: the demo in .workbench/demo, as before. The recent list lives in
 * --recent-dir (default .workbench). Prints `Workbench: http://127.0.0.1:PORT/?token=TOKEN`.
 */
async function main(): Promise<void> {
  startLoopProbeFromEnv()
  const args = parseArgs(process.argv.slice(2))
  const recentDir = option(args, 'recent-dir')
  const recent = new RecentStore(resolve(recentDir ?? '.workbench'))
  const host = new WorkspaceHost({ recent, door: 'browser mode', version: appVersion(), typedPaths: true })
  const given = option(args, 'workspace') ?? (recentDir ? undefined : '.workbench/demo')
  if (given) {
    const dir = resolve(given)
    const entries = await readdir(dir).catch(() => [] as string[])
    if (entries.length === 0) await buildDemoWorkspace(dir)
    await host.open(dir)
  } else {
    const last = await recent.lastToReopen()
    if (last) await host.open(last).catch((e: Error) => console.error(`未能重新打开上次的工作区：${e.message}`))
  }
  const bridge = await startBridge({
    call: host.call,
    shell: (method, input) => host.dispatch(method, input),
    attachment: async (sha) => (host.current ? attachmentFile(host.current, sha) : null),
    staticDir: resolve(option(args, 'static') ?? 'out/renderer'),
    port: Number(option(args, 'port') ?? 0),
  })
  console.log(`Workbench: ${bridge.url}`)
  const stop = async () => {
    await bridge.close()
    await host.shutdown()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version
  } catch {
    return '0.0.0'
  }
}

main().catch((e) => {
  console.error(`无法启动工作台：${(e as Error).message}`)
  process.exit(1)
})
