import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { Envelope } from '../core/api/envelope'
import { API_CHANNEL } from '../preload/channel'
import { isAllowedSender } from './security'
import type { RendererEntry } from './rendererEntry'

/** One channel, one handler: every method goes to dispatch(); the sender is checked first. */
export function registerIpc(call: (method: string, input: unknown, ctx: { trusted: false }) => Promise<Envelope<unknown>>, entry: RendererEntry): void {
  ipcMain.handle(API_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frame = event.senderFrame
    const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null
    if (!isAllowedSender(sender, entry)) {
      return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: '拒绝：请求不是来自工作台自身的页面。' } }
    }
    // the renderer is untrusted: it may not hand the core a local path (files come through main's dialog)
    return call(String(method), input, { trusted: false })
  })
}
