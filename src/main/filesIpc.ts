import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { OpenedWorkbench } from '../core/api/openApi'
import { FILES_OPEN_CHANNEL } from '../preload/channel'
import type { RendererEntry } from './rendererEntry'
import { isAllowedSender } from './security'
import { openFilesOptions, stageChosenFiles } from './stageChosenFile'

/**
 * window.files.open: main shows its own open dialog and stages each chosen file as an upload, so the
 * renderer never names a path (issue 7). Answers an envelope like the API channel.
 */
export function registerFilesIpc(wb: Pick<OpenedWorkbench, 'api' | 'store'>, entry: RendererEntry): void {
  ipcMain.handle(FILES_OPEN_CHANNEL, async (event: IpcMainInvokeEvent, input: unknown) => {
    const frame = event.senderFrame
    if (!isAllowedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, entry)) {
      return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: '拒绝：请求不是来自工作台自身的页面。' } }
    }
    const opts = openFilesOptions(input)
    const win = BrowserWindow.fromWebContents(event.sender)
    const dialogOpts = { properties: ['openFile' as const, ...(opts.multiple ? ['multiSelections' as const] : [])], filters: opts.filters }
    const chosen = win ? await dialog.showOpenDialog(win, dialogOpts) : await dialog.showOpenDialog(dialogOpts)
    if (chosen.canceled) return { ok: true, value: [] }
    return stageChosenFiles(wb, chosen.filePaths)
  })
}
