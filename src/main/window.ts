import { BrowserWindow, dialog, screen, session } from 'electron'
import { join } from 'node:path'
import { CONTENT_SECURITY_POLICY, hardenedWebPreferences } from './security'
import { isAppUrl, type RendererEntry } from './rendererEntry'
import { leaveDialog } from './leaveDialog'
import { MIN_SIZE, readWindowState, restoreBounds, writeWindowState } from './shell/windowState'

/** The main window: hardened, at the size and place it had last time, asking before unsaved edits are lost. */
export async function createMainWindow(entry: RendererEntry, stateDir: string): Promise<BrowserWindow> {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))

  const saved = await readWindowState(stateDir)
  const { bounds, maximized } = restoreBounds(saved, screen.getAllDisplays().map((d) => d.workArea))
  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: '专家评审工作台',
    show: false,
    webPreferences: hardenedWebPreferences(join(__dirname, '../preload/index.cjs')),
  })
  win.once('ready-to-show', () => {
    if (maximized) win.maximize()
    win.show()
  })
  // deny navigation away from the app and every new window
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, entry)) event.preventDefault()
  })
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())
  // the page's beforeunload (useLeaveWarning) refused to unload: ask the user; 离开 lets it go
  win.webContents.on('will-prevent-unload', (event) => {
    if (dialog.showMessageBoxSync(win, leaveDialog()) === 0) event.preventDefault()
  })
  // remember size and place (the normal bounds even when maximized)
  win.on('close', () => {
    void writeWindowState(stateDir, win.getNormalBounds(), win.isMaximized()).catch(() => undefined)
  })
  void win.loadURL(entry.url)
  return win
}
