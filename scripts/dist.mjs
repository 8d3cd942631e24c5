#!/usr/bin/env node
// npm run dist [-- --win|--linux|--mac] — builds the app (electron-vite), then the installers of this
// machine's platform with electron-builder (electron-builder.config.ts). electron-builder downloads the
// Electron binaries and its packaging tools (NSIS, AppImage, …) from GitHub or ELECTRON_MIRROR /
// ELECTRON_BUILDER_BINARIES_MIRROR; where none of them can be reached it says so in one line and stops.
import { spawnSync } from 'node:child_process'
import { request } from 'node:https'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const electronHost = process.env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases/'
const toolsHost = process.env.ELECTRON_BUILDER_BINARIES_MIRROR || 'https://github.com/electron-userland/electron-builder-binaries/releases/'

/** Resolves with null when `url` answers at all within 8 s, else with why not. */
function reach(url) {
  return new Promise((done) => {
    const req = request(url, { method: 'HEAD', timeout: 8000 }, (res) => {
      res.resume()
      done(null)
    })
    req.on('timeout', () => req.destroy(new Error('timed out')))
    req.on('error', (e) => done(e.code ?? e.message))
    req.end()
  })
}

const cannot = (why) => {
  console.error(`npm run dist: 无法构建安装包 — ${why}；请在能访问 GitHub 的机器上运行，或设置 ELECTRON_MIRROR 与 ELECTRON_BUILDER_BINARIES_MIRROR 指向可访问的镜像。`)
  process.exit(1)
}

for (const url of new Set([electronHost, toolsHost])) {
  const problem = await reach(url)
  if (problem) cannot(`下载 Electron 程序文件和打包工具需要访问 ${new URL(url).host}，本机无法连接（${problem}）`)
}

const build = spawnSync(npx, ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
if (build.status !== 0) process.exit(build.status ?? 1)

const args = ['electron-builder', '--config', 'electron-builder.config.ts', '--publish', 'never', ...process.argv.slice(2)]
const r = spawnSync(npx, args, { cwd: root, stdio: 'inherit' })
process.exit(r.status ?? 1)
