import { BrowserWindow, session } from 'electron'
import { join } from 'node:path'
import { CONTENT_SECURITY_POLICY, hardenedWebPreferences } from './security'
import { isAppUrl, type RendererEntry } from './rendererEntry'

export function createMainWindow(entry: RendererEntry): BrowserWindow {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))

  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    title: '专家评审工作台',
    show: false,
    webPreferences: hardenedWebPreferences(join(__dirname, '../preload/index.cjs')),
  })
  win.once('ready-to-show', () => win.show())
  // deny navigation away from the app and every new window
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, entry)) event.preventDefault()
  })
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())
  if (entry.kind === 'dev') void win.loadURL(entry.url)
  else void win.loadFile(entry.path)
  return win
}
