import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CONTENT_SECURITY_POLICY, hardenedWebPreferences, isAllowedSender, isTrustedOrigin } from '../../../src/main/security'

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

  it('serves IPC only to the app’s own top frame', () => {
    expect(isAllowedSender({ url: 'file:///app/out/renderer/index.html', isMainFrame: true })).toBe(true)
    expect(isAllowedSender({ url: 'file:///app/out/renderer/index.html', isMainFrame: false })).toBe(false)
    expect(isAllowedSender({ url: 'https://evil.example/', isMainFrame: true })).toBe(false)
    expect(isAllowedSender(null)).toBe(false)
    expect(isAllowedSender({ url: 'http://localhost:5173/', isMainFrame: true }, 'http://localhost:5173')).toBe(true)
    expect(isAllowedSender({ url: 'http://localhost:5174/', isMainFrame: true }, 'http://localhost:5173')).toBe(false)
    expect(isTrustedOrigin('not a url')).toBe(false)
  })

  it('the preload exposes only window.api built from the method list', async () => {
    const src = await readFile(resolve(root, 'src/preload/index.ts'), 'utf8')
    expect(src.match(/exposeInMainWorld\(/g)).toHaveLength(1)
    expect(src).toContain("exposeInMainWorld('api'")
    expect(src).toContain('METHOD_NAMES')
  })
})
