import { app, dialog } from 'electron'
import { join, resolve } from 'node:path'
import { openWorkbench, type OpenedWorkbench } from '../core/api/openApi'
import { DEFAULT_GROUPS } from '../core/domain/groups'
import { WorkbenchError } from '../core/domain/errors'
import { registerIpc } from './ipc'
import { registerFilesIpc } from './filesIpc'
import { createMainWindow } from './window'
import { rendererEntry } from './rendererEntry'
import { handleAttachments, registerAttachmentScheme } from './attachmentProtocol'
import { attachmentFile } from '../core/api/attachmentFile'

/** Thin main (docs/design/style.md §5): open the workspace, relay IPC to dispatch(), harden the window. */
function workspaceArg(argv: string[]): string | undefined {
  const i = argv.indexOf('--workspace')
  return i >= 0 ? argv[i + 1] : process.env.WORKBENCH_WORKSPACE
}

let workbench: OpenedWorkbench | undefined

async function start(): Promise<void> {
  const dir = resolve(workspaceArg(process.argv) ?? join(app.getPath('userData'), 'workspace'))
  try {
    workbench = await openWorkbench(dir, { door: 'Electron', create: undefined })
  } catch (e) {
    if (e instanceof WorkbenchError && e.code === 'WORKSPACE_NOT_FOUND') {
      workbench = await openWorkbench(dir, { door: 'Electron', create: { name: '我的工作区', groups: DEFAULT_GROUPS } })
    } else {
      dialog.showErrorBox('无法打开工作区', e instanceof Error ? e.message : String(e))
      app.quit()
      return
    }
  }
  const entry = rendererEntry({ isPackaged: app.isPackaged, env: process.env, indexHtml: join(__dirname, '../renderer/index.html') })
  registerIpc(workbench.call, entry)
  registerFilesIpc(workbench, entry)
  const wb = workbench
  handleAttachments((sha) => attachmentFile(wb, sha))
  createMainWindow(entry)
}

registerAttachmentScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.whenReady().then(start)
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', (event) => {
    if (!workbench) return
    event.preventDefault()
    const wb = workbench
    workbench = undefined
    void wb.close().finally(() => app.quit())
  })
}
