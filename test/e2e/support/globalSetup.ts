import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../../..')

function newestMtime(dir: string): number {
  let newest = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)
  }
  return newest
}

/** The tests drive the built renderer: build it when the sources are newer (as scripts/start.mjs does). */
export default function globalSetup(): void {
  if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
    throw new Error('Chromium not found at /usr/bin/chromium: apt-get install -y chromium (docs/design/toolchain.md), or set CHROMIUM_PATH.')
  }
  const built = join(root, 'out/renderer/index.html')
  if (existsSync(built) && newestMtime(join(root, 'src')) <= statSync(built).mtimeMs) return
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (r.status !== 0) throw new Error('electron-vite build failed')
}
