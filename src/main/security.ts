import { isAppUrl, type RendererEntry } from './rendererEntry'

/**
 * Window hardening shared by every window (docs/design/style.md §6; Electron security checklist). Kept free of
 * the electron import so a unit test can assert it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // antd (cssinjs) injects <style> elements at run time
  "style-src 'self' 'unsafe-inline'",
  // materials: the bridge serves them same-origin; Electron through the wb-attachment: scheme
  "img-src 'self' data: blob: wb-attachment:",
  "media-src 'self' blob: wb-attachment:",
  "worker-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self' wb-attachment:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** webPreferences for every BrowserWindow. */
export function hardenedWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: false,
  } as const
}

/**
 * An IPC call is served only for the app's own top frame (Signal's handleCommonWindowEvents idea):
 * a frame navigated elsewhere, another file: URL or an iframe gets nothing.
 */
export function isAllowedSender(frame: { url: string; isMainFrame: boolean } | null, entry: RendererEntry): boolean {
  return !!frame && frame.isMainFrame && isAppUrl(frame.url, entry)
}
