import { readdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { openWorkbench } from '../core/api/openApi'
import { buildDemoWorkspace } from '../core/demo/buildDemo'
import { parseArgs, option } from '../cli/args'
import { startBridge } from './server'
import { attachmentFile } from '../core/api/attachmentFile'
import { startLoopProbeFromEnv } from './loopProbe'

/**
 * Browser mode: `serve --workspace DIR [--port N] [--static DIR]`. An empty or missing workspace
 * folder gets a fresh demo workspace. Prints `Workbench: http://127.0.0.1:PORT/?token=TOKEN`.
 */
async function main(): Promise<void> {
  startLoopProbeFromEnv()
  const args = parseArgs(process.argv.slice(2))
  const dir = resolve(option(args, 'workspace') ?? '.workbench/demo')
  const entries = await readdir(dir).catch(() => [] as string[])
  if (entries.length === 0) await buildDemoWorkspace(dir)
  const wb = await openWorkbench(dir, { door: 'browser mode' })
  const bridge = await startBridge({
    call: wb.call,
    attachment: (sha) => attachmentFile(wb, sha),
    staticDir: resolve(option(args, 'static') ?? 'out/renderer'),
    port: Number(option(args, 'port') ?? 0),
  })
  console.log(`Workbench: ${bridge.url}`)
  const stop = async () => {
    await bridge.close()
    await wb.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(`无法启动工作台：${(e as Error).message}`)
  process.exit(1)
})
