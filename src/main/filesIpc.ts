import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { OpenedWorkbench } from '../core/api/openApi'
import { FILES_DROPPED_CHANNEL, FILES_OPEN_CHANNEL } from '../preload/channel'
import type { RendererEntry } from './rendererEntry'
import { isAllowedSender } from './security'
import { droppedPathProblem, openFilesOptions, stageChosenFiles } from './stageChosenFile'

const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN_SENDER', message: '拒绝：请求不是来自工作台自身的页面。' } } as const
const NO_WORKSPACE = { ok: false, error: { code: 'NO_WORKSPACE', message: '尚未打开工作区：请先打开或新建一个工作区。' } } as const

/**
 * window.files.open: main shows its own open dialog and stages each chosen file as an upload, so the
 * renderer never names a path (issue 7). window.files.stageDropped: the preload read a dropped file's
 * path (webUtils.getPathForFile) and hands it here; it is staged the same way (issue 15). Both answer an
 * envelope like the API channel, for the current workspace.
 */
export function registerFilesIpc(current: () => Pick<OpenedWorkbench, 'api' | 'store'> | null, entry: RendererEntry): void {
  const allowed = (event: IpcMainInvokeEvent) => {
    const frame = event.senderFrame
    return isAllowedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, entry)
  }
  ipcMain.handle(FILES_OPEN_CHANNEL, async (event: IpcMainInvokeEvent, input: unknown) => {
    if (!allowed(event)) return FORBIDDEN
    const wb = current()
    if (!wb) return NO_WORKSPACE
    const opts = openFilesOptions(input)
    const win = BrowserWindow.fromWebContents(event.sender)
    const dialogOpts = { properties: ['openFile' as const, ...(opts.multiple ? ['multiSelections' as const] : [])], filters: opts.filters }
    const chosen = win ? await dialog.showOpenDialog(win, dialogOpts) : await dialog.showOpenDialog(dialogOpts)
    if (chosen.canceled) return { ok: true, value: [] }
    return stageChosenFiles(wb, chosen.filePaths)
  })
  ipcMain.handle(FILES_DROPPED_CHANNEL, async (event: IpcMainInvokeEvent, path: unknown) => {
    if (!allowed(event)) return FORBIDDEN
    const wb = current()
    if (!wb) return NO_WORKSPACE
    const problem = await droppedPathProblem(path)
    if (problem) return { ok: false, error: problem }
    return stageChosenFiles(wb, [path as string])
  })
}
