#!/usr/bin/env node
// Runs the Electron smoke suite (test/electron) where the Electron binary exists; where it does not
// (our build machines cannot download it), prints why and exits 0 — the same app is covered in
// Chromium by the E2E suite through the bridge.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve, dirname } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
function electronBinary() {
  try {
    const dir = join(root, 'node_modules/electron')
    const bin = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim())
    return existsSync(bin) ? bin : null
  } catch {
    return null
  }
}

const bin = electronBinary()
if (!bin) {
  console.log('Electron smoke suite skipped: the Electron binary is not installed (node_modules/electron/dist is missing; it downloads on first launch on a machine with internet access).')
  process.exit(0)
}
const r = spawnSync('npx', ['playwright', 'test', '--config', 'test/electron/playwright.electron.config.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_BIN: bin } })
process.exit(r.status ?? 1)
