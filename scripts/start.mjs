#!/usr/bin/env node
// npm start [-- --browser] [--workspace DIR | --start-screen] [--port N]
// Builds the app when the sources are newer than the build, then launches Electron where its
// binary is available; otherwise says so in one line and serves the same app in browser mode.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
const opt = (name) => {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 ? argv[i + 1] : undefined
}
const forceBrowser = argv.includes('--browser')
// browser mode with the start screen (recent workspaces in .workbench/recent-workspaces.json) instead of the demo
const startScreen = argv.includes('--start-screen')

function newestMtime(dir) {
  let newest = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)
  }
  return newest
}

const built = join(root, 'out/renderer/index.html')
if (!existsSync(built) || newestMtime(join(root, 'src')) > statSync(built).mtimeMs) {
  const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

// the bundled demo workspace is copied once, so the shipped copy stays pristine
let workspace = opt('workspace')
if (!workspace && !startScreen) {
  workspace = join(root, '.workbench/demo')
  if (!existsSync(workspace)) cpSync(join(root, 'resources/demo-workspace'), workspace, { recursive: true })
}

function electronBinary() {
  try {
    const dir = join(root, 'node_modules/electron')
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8').trim()
    const bin = join(dir, 'dist', rel)
    return existsSync(bin) ? bin : null
  } catch {
    return null
  }
}

const bin = forceBrowser ? null : electronBinary()
if (bin) {
  const child = spawn(bin, [root, ...(workspace ? ['--workspace', resolve(workspace)] : [])], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  if (!forceBrowser) console.log('Electron 程序文件不可用（无法下载），改用浏览器模式 / Electron binary not available; serving browser mode instead.')
  const where = workspace ? ['--workspace', resolve(workspace)] : ['--recent-dir', join(root, '.workbench')]
  const args = ['--import', 'tsx', join(root, 'src/bridge/serve.ts'), ...where, '--static', join(root, 'out/renderer')]
  if (opt('port')) args.push('--port', opt('port'))
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' })
  const forward = (sig) => child.kill(sig)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  child.on('exit', (code) => process.exit(code ?? 0))
}
