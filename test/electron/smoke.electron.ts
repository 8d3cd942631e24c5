import { test, expect, _electron as electron } from '@playwright/test'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '../..')

test('the packaged window opens the demo workspace, hardened', async () => {
  const ws = join(mkdtempSync(join(tmpdir(), 'wb-electron-')), 'demo')
  cpSync(join(root, 'resources/demo-workspace'), ws, { recursive: true })
  const app = await electron.launch({ executablePath: process.env.ELECTRON_BIN, args: [root, '--workspace', ws] })
  const win = await app.firstWindow()
  await expect(win.getByText('2026年度专业建设诊断（第一批）').first()).toBeVisible({ timeout: 30_000 })
  // the renderer has no Node and only window.api
  expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
  expect(await win.evaluate(() => typeof (globalThis as { api?: object }).api)).toBe('object')
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const w = BrowserWindow.getAllWindows()[0]!
    // getLastWebPreferences is in Electron's runtime but not in every typings version
    const p = (w.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences()
    return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration }
  })
  expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false })
  await app.close()
})
