import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CONTENT_SECURITY_POLICY, hardenedWebPreferences, isAllowedSender } from '../../../src/main/security'
import { isAppUrl, rendererEntry } from '../../../src/main/rendererEntry'

const root = resolve(__dirname, '../../..')

describe('Electron window hardening', () => {
  it('isolates the renderer: context isolation, sandbox, no Node', () => {
    const p = hardenedWebPreferences('/app/preload/index.cjs')
    expect(p).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
    expect(p.preload).toMatch(/\.cjs$/)
  })

  it('uses these settings for the window and denies navigation and new windows', async () => {
    const src = await readFile(resolve(root, 'src/main/window.ts'), 'utf8')
    expect(src).toContain('hardenedWebPreferences(')
    expect(src).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/)
    expect(src).toMatch(/will-navigate[\s\S]*preventDefault/)
    expect(src).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false/)
  })

  it('has a CSP without unsafe-eval or inline scripts, the same in index.html', async () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    const html = await readFile(resolve(root, 'src/renderer/index.html'), 'utf8')
    expect(html).toContain(CONTENT_SECURITY_POLICY)
  })

  const packaged = rendererEntry({ isPackaged: true, env: {}, indexHtml: '/app/out/renderer/index.html' })
  const dev = rendererEntry({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, indexHtml: '/app/out/renderer/index.html' })

  it('serves IPC only to the app’s own top frame', () => {
    expect(isAllowedSender({ url: 'file:///app/out/renderer/index.html', isMainFrame: true }, packaged)).toBe(true)
    expect(isAllowedSender({ url: 'file:///app/out/renderer/index.html#/campaigns/c1', isMainFrame: true }, packaged)).toBe(true)
    expect(isAllowedSender({ url: 'file:///app/out/renderer/index.html', isMainFrame: false }, packaged)).toBe(false)
    expect(isAllowedSender({ url: 'https://evil.example/', isMainFrame: true }, packaged)).toBe(false)
    expect(isAllowedSender(null, packaged)).toBe(false)
    expect(isAllowedSender({ url: 'http://localhost:5173/', isMainFrame: true }, dev)).toBe(true)
    expect(isAllowedSender({ url: 'http://localhost:5174/', isMainFrame: true }, dev)).toBe(false)
    expect(isAppUrl('not a url', packaged)).toBe(false)
  })

  it('trusts exactly the app’s index.html, not every file: URL', () => {
    // a downloaded page, a material opened by a link, the folder itself: all refused
    expect(isAllowedSender({ url: 'file:///home/u/Downloads/evil.html', isMainFrame: true }, packaged)).toBe(false)
    expect(isAllowedSender({ url: 'file:///app/out/renderer/other.html', isMainFrame: true }, packaged)).toBe(false)
    expect(isAllowedSender({ url: 'file:///app/out/renderer/', isMainFrame: true }, packaged)).toBe(false)
    expect(isAllowedSender({ url: 'file:///app/out/renderer/index.html/../../x.html', isMainFrame: true }, packaged)).toBe(false)
    expect(isAppUrl('file://remote-host/app/out/renderer/index.html', packaged)).toBe(false)
    // the dev entry trusts its server, never a file
    expect(isAppUrl('file:///app/out/renderer/index.html', dev)).toBe(false)
    // the packaged entry trusts no http origin, not even the dev server's
    expect(isAppUrl('http://localhost:5173/', packaged)).toBe(false)
  })

  it('honours ELECTRON_RENDERER_URL only when the app is not packaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' }
    expect(rendererEntry({ isPackaged: false, env, indexHtml: '/app/index.html' })).toEqual({ kind: 'dev', url: 'http://localhost:5173/' })
    expect(rendererEntry({ isPackaged: true, env, indexHtml: '/app/index.html' })).toEqual({ kind: 'file', path: '/app/index.html', url: 'file:///app/index.html' })
    expect(rendererEntry({ isPackaged: false, env: {}, indexHtml: '/app/index.html' }).kind).toBe('file')
    // only an http(s) dev server: a file: or javascript: value is ignored
    expect(rendererEntry({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'file:///tmp/x.html' }, indexHtml: '/app/index.html' }).kind).toBe('file')
    expect(rendererEntry({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'not a url' }, indexHtml: '/app/index.html' }).kind).toBe('file')
  })

  it('main decides the entry from app.isPackaged and uses it for loading, IPC and navigation', async () => {
    const index = await readFile(resolve(root, 'src/main/index.ts'), 'utf8')
    expect(index).toMatch(/rendererEntry\(\{ isPackaged: app\.isPackaged/)
    expect(index).not.toMatch(/process\.env\.ELECTRON_RENDERER_URL/)
    const win = await readFile(resolve(root, 'src/main/window.ts'), 'utf8')
    expect(win).not.toContain('ELECTRON_RENDERER_URL')
    expect(win).toMatch(/will-navigate[\s\S]*isAppUrl\(url, entry\)/)
  })

  it('the preload exposes only window.api built from the method list (and window.files, main’s dialog)', async () => {
    const src = await readFile(resolve(root, 'src/preload/index.ts'), 'utf8')
    expect(src.match(/exposeInMainWorld\(/g)).toHaveLength(2)
    expect(src).toMatch(/exposeInMainWorld\(\s*'files'/)
    expect(src).toContain("exposeInMainWorld('api'")
    expect(src).toContain('METHOD_NAMES')
  })
})
