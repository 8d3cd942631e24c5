import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CONTENT_SECURITY_POLICY, hardenedWebPreferences, isAllowedSender } from '../../../src/main/security'
import { appFilePath, appMime, isAppUrl, rendererEntry } from '../../../src/main/rendererEntry'

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
    expect(isAllowedSender({ url: 'app://workbench/index.html', isMainFrame: true }, packaged)).toBe(true)
    expect(isAllowedSender({ url: 'app://workbench/index.html#/campaigns/c1', isMainFrame: true }, packaged)).toBe(true)
    expect(isAllowedSender({ url: 'app://workbench/index.html', isMainFrame: false }, packaged)).toBe(false)
    expect(isAllowedSender({ url: 'https://evil.example/', isMainFrame: true }, packaged)).toBe(false)
    expect(isAllowedSender(null, packaged)).toBe(false)
    expect(isAllowedSender({ url: 'http://localhost:5173/', isMainFrame: true }, dev)).toBe(true)
    expect(isAllowedSender({ url: 'http://localhost:5174/', isMainFrame: true }, dev)).toBe(false)
    expect(isAppUrl('not a url', packaged)).toBe(false)
  })

  it('trusts exactly the app’s index.html on app://workbench, and no file: URL at all', () => {
    // a downloaded page, a material opened by a link, the renderer's own file on disk: all refused
    expect(isAllowedSender({ url: 'file:///home/u/Downloads/evil.html', isMainFrame: true }, packaged)).toBe(false)
    expect(isAllowedSender({ url: 'file:///app/out/renderer/index.html', isMainFrame: true }, packaged)).toBe(false)
    expect(isAllowedSender({ url: 'app://workbench/other.html', isMainFrame: true }, packaged)).toBe(false)
    expect(isAllowedSender({ url: 'app://workbench/', isMainFrame: true }, packaged)).toBe(false)
    expect(isAllowedSender({ url: 'app://workbench/assets/../../x.html', isMainFrame: true }, packaged)).toBe(false)
    expect(isAppUrl('app://evil/index.html', packaged)).toBe(false)
    expect(isAppUrl('app://user@workbench/index.html', packaged)).toBe(false)
    expect(isAppUrl('wb-attachment://file/index.html', packaged)).toBe(false)
    // the dev entry trusts its server, never the app scheme
    expect(isAppUrl('app://workbench/index.html', dev)).toBe(false)
    // the packaged entry trusts no http origin, not even the dev server's
    expect(isAppUrl('http://localhost:5173/', packaged)).toBe(false)
  })

  it('serves app:// only from the built renderer folder', () => {
    expect(appFilePath('app://workbench/index.html', '/app/out/renderer')).toBe('/app/out/renderer/index.html')
    expect(appFilePath('app://workbench/', '/app/out/renderer')).toBe('/app/out/renderer/index.html')
    expect(appFilePath('app://workbench/assets/pdf.worker.min-x1.mjs', '/app/out/renderer')).toBe('/app/out/renderer/assets/pdf.worker.min-x1.mjs')
    expect(appFilePath('app://workbench/assets/%E5%AD%97.bcmap', '/app/out/renderer')).toBe('/app/out/renderer/assets/字.bcmap')
    // leaving the folder, another host, encoded separators and malformed escapes resolve to nothing
    // (the URL parser itself folds %2e%2e segments: what is left stays inside the folder)
    expect(appFilePath('app://workbench/%2e%2e/%2e%2e/secret.txt', '/app/out/renderer')).toBe('/app/out/renderer/secret.txt')
    expect(appFilePath('app://workbench/..%2F..%2Fsecret.txt', '/app/out/renderer')).toBeNull()
    expect(appFilePath('app://workbench/a%5C..%5C..%5Csecret', '/app/out/renderer')).toBeNull()
    expect(appFilePath('app://workbench/%E0%A4%A', '/app/out/renderer')).toBeNull()
    expect(appFilePath('app://other/index.html', '/app/out/renderer')).toBeNull()
    expect(appFilePath('file:///app/out/renderer/index.html', '/app/out/renderer')).toBeNull()
    expect(appMime('x/a.mjs')).toBe('text/javascript; charset=utf-8')
    expect(appMime('x/a.bcmap')).toBe('application/octet-stream')
  })

  it('honours ELECTRON_RENDERER_URL only when the app is not packaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' }
    expect(rendererEntry({ isPackaged: false, env, indexHtml: '/app/index.html' })).toEqual({ kind: 'dev', url: 'http://localhost:5173/' })
    expect(rendererEntry({ isPackaged: true, env, indexHtml: '/app/index.html' })).toEqual({ kind: 'app', root: '/app', url: 'app://workbench/index.html' })
    expect(rendererEntry({ isPackaged: false, env: {}, indexHtml: '/app/index.html' }).kind).toBe('app')
    // only an http(s) dev server: a file: or javascript: value is ignored
    expect(rendererEntry({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'file:///tmp/x.html' }, indexHtml: '/app/index.html' }).kind).toBe('app')
    expect(rendererEntry({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'not a url' }, indexHtml: '/app/index.html' }).kind).toBe('app')
  })

  it('main decides the entry from app.isPackaged and uses it for loading, IPC and navigation', async () => {
    const index = await readFile(resolve(root, 'src/main/index.ts'), 'utf8')
    expect(index).toMatch(/rendererEntry\(\{ isPackaged: app\.isPackaged/)
    expect(index).not.toMatch(/process\.env\.ELECTRON_RENDERER_URL/)
    const win = await readFile(resolve(root, 'src/main/window.ts'), 'utf8')
    expect(win).not.toContain('ELECTRON_RENDERER_URL')
    expect(win).toMatch(/will-navigate[\s\S]*isAppUrl\(url, entry\)/)
  })

  it('the preload exposes only window.api built from the method list, window.files (main’s dialog, dropped files) and window.shell', async () => {
    const src = await readFile(resolve(root, 'src/preload/index.ts'), 'utf8')
    expect(src.match(/exposeInMainWorld\(/g)).toHaveLength(3)
    expect(src).toMatch(/exposeInMainWorld\(\s*'files'/)
    expect(src).toMatch(/exposeInMainWorld\(\s*'shell'/)
    expect(src).toContain("exposeInMainWorld('api'")
    expect(src).toContain('METHOD_NAMES')
    // ipcRenderer itself never crosses, and a dropped file's path goes to main, not to the page
    expect(src).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/)
    expect(src).toMatch(/ipcRenderer\.invoke\(FILES_DROPPED_CHANNEL, webUtils\.getPathForFile\(file\)\)/)
  })

  it('the renderer is loaded from app://, never from file:', async () => {
    const win = await readFile(resolve(root, 'src/main/window.ts'), 'utf8')
    expect(win).toContain('win.loadURL(entry.url)')
    expect(win).not.toContain('loadFile(')
    const index = await readFile(resolve(root, 'src/main/index.ts'), 'utf8')
    expect(index).toMatch(/registerSchemes\(APP_SCHEME_PRIVILEGES\)/)
    expect(index).toMatch(/handleAppScheme\(e\.root\)/)
  })
})
