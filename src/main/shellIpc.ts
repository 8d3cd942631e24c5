import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { SHELL_CHANNEL } from '../preload/channel'
import type { RendererEntry } from './rendererEntry'
import { isAllowedSender } from './security'
import type { WorkspaceHost } from './shell/workspaceHost'

/** window.shell.call: the start screen's methods (src/main/shell/contract.ts), for the app's own page only. */
export function registerShellIpc(host: WorkspaceHost, entry: RendererEntry): void {
  ipcMain.handle(SHELL_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frame = event.senderFrame
    if (!isAllowedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, entry)) {
      return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: '拒绝：请求不是来自工作台自身的页面。' } }
    }
    return host.dispatch(String(method), input)
  })
}
