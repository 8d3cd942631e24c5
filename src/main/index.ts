import { app, BrowserWindow, dialog, Menu, shell } from 'electron'
import { join } from 'node:path'
import { attachmentFile } from '../core/api/attachmentFile'
import { SHELL_COMMAND_CHANNEL } from '../preload/channel'
import { registerIpc } from './ipc'
import { registerFilesIpc } from './filesIpc'
import { stageChosenFiles } from './stageChosenFile'
import { registerShellIpc } from './shellIpc'
import { createMainWindow } from './window'
import { rendererEntry } from './rendererEntry'
import { handleAttachments, registerSchemes } from './attachmentProtocol'
import { APP_SCHEME_PRIVILEGES, handleAppScheme } from './appProtocol'
import { aboutText, menuTemplate } from './menu/menuTemplate'
import { shortcutsText } from './menu/shortcuts'
import { RecentStore, workspaceExists } from './shell/recentStore'
import { WorkspaceHost } from './shell/workspaceHost'
import { isPackageFile, NO_PACKAGE_HANDLER_MESSAGE, packageFileHandler, parseLaunchArgs, setPackageFileHandler, type LaunchRequest } from './shell/launchArgs'
import type { ShellCommand } from './shell/commands'

/**
 * Thin main (docs/design/style.md §5): one instance; the workspace host (start screen, recent list,
 * switching); IPC relayed to dispatch(); the renderer on app://; menus; a hardened window.
 */
let host: WorkspaceHost | undefined
let win: BrowserWindow | null = null
const launch = parseLaunchArgs(process.argv, process.cwd())

function command(c: ShellCommand): void {
  win?.webContents.send(SHELL_COMMAND_CHANNEL, c)
}

function focusWindow(): void {
  if (!win) return
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
}

/** A package file handed over by a launch: to the package import once it is attached, else say so. */
async function handOver(file: string): Promise<void> {
  focusWindow()
  const handler = packageFileHandler()
  if (!handler) {
    await dialog.showMessageBox({ type: 'info', title: '专家评审工作台', message: NO_PACKAGE_HANDLER_MESSAGE, detail: file })
    return
  }
  await handler(file).catch((e: Error) => dialog.showErrorBox('无法导入评审包', e.message))
}

/** What a second launch asked for: focus, then open its workspace (the page asks about unsaved edits) or its file. */
function onSecondLaunch(req: LaunchRequest): void {
  focusWindow()
  if (req.workspace && host) {
    host.vouchFor(req.workspace)
    command(`switch:${req.workspace}`)
  }
  if (req.file) void handOver(req.file)
}

function rebuildMenu(): void {
  const mod = process.platform === 'darwin' ? '⌘' : 'Ctrl'
  const template = menuTemplate(
    { platform: process.platform, isPackaged: app.isPackaged, hasWorkspace: !!host?.current },
    {
      newWorkspace: () => command('new'),
      openWorkspace: () => command('open'),
      closeWorkspace: () => command('close'),
      showWorkspaceFolder: () => void (host?.current ? shell.openPath(host.current.store.root) : undefined),
      shortcuts: () => void dialog.showMessageBox({ type: 'info', title: '键盘快捷键', message: '键盘快捷键', detail: shortcutsText(mod) }),
      about: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: '关于专家评审工作台',
          message: '专家评审工作台',
          detail: aboutText({ version: app.getVersion(), workspace: host?.current?.store.root ?? null, electron: process.versions.electron }),
        }),
    },
  )
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

const FOLDER_DIALOG = {
  open: { title: '打开工作区：选择工作区文件夹', buttonLabel: '打开' },
  create: { title: '新建工作区：选择存放位置', buttonLabel: '在此新建' },
  package: { title: '打开评审包：选择专家工作区的存放位置', buttonLabel: '在此建立专家工作区' },
}

async function chooseFolder(purpose: 'open' | 'create' | 'package'): Promise<string | null> {
  const opts = {
    ...FOLDER_DIALOG[purpose],
    properties: ['openDirectory' as const, 'createDirectory' as const],
  }
  const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts)
  return r.canceled || !r.filePaths[0] ? null : r.filePaths[0]
}

/** 打开评审包: main's own file dialog for the .wbexp an expert received (issue 11). */
async function choosePackage(): Promise<string | null> {
  const opts = { title: '打开评审包', buttonLabel: '打开', properties: ['openFile' as const], filters: [{ name: '评审包', extensions: ['wbexp'] }] }
  const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts)
  return r.canceled || !r.filePaths[0] ? null : r.filePaths[0]
}

async function start(): Promise<void> {
  const userData = app.getPath('userData')
  const recent = new RecentStore(userData)
  const h = new WorkspaceHost({ recent, door: 'Electron', version: app.getVersion(), typedPaths: false, chooseFolder, choosePackage, choosePackageFolder: () => chooseFolder('package'), onChange: () => rebuildMenu() })
  host = h
  // the workspace named on the command line (created there when the folder is new or empty), else the last one
  const first = launch.workspace ?? (await recent.lastToReopen())
  if (first) {
    try {
      if (launch.workspace && !(await workspaceExists(first))) await h.create(first, '我的工作区')
      else await h.open(first)
    } catch (e) {
      dialog.showErrorBox('无法打开工作区', e instanceof Error ? e.message : String(e))
    }
  }
  const e = rendererEntry({ isPackaged: app.isPackaged, env: process.env, indexHtml: join(__dirname, '../renderer/index.html') })
  if (e.kind === 'app') handleAppScheme(e.root)
  // a .wbexp handed over (command line, file association, a second launch) is opened by the page, which
  // first asks about unsaved edits; a .wbscore goes to the page's package import
  setPackageFileHandler(async (file) => {
    if (file.toLowerCase().endsWith('.wbexp')) return command(`package:${file}`)
    if (!h.current) throw new Error('请先打开秘书处工作区，再导入评分包。')
    const staged = await stageChosenFiles(h.current, [file])
    if (!staged.ok) throw new Error(staged.error.message)
    command(`score:${staged.value[0]!.uploadId}`)
  })
  registerIpc(h.call, e)
  registerShellIpc(h, e)
  registerFilesIpc(() => h.current, e)
  handleAttachments((sha) => (h.current ? attachmentFile(h.current, sha) : Promise.resolve(null)), new URL(e.url).origin)
  rebuildMenu()
  win = await createMainWindow(e, userData)
  win.on('closed', () => (win = null))
  if (launch.file) {
    const file = launch.file
    win.webContents.once('did-finish-load', () => void handOver(file))
  }
}

registerSchemes(APP_SCHEME_PRIVILEGES)
// tests (the Electron smoke suite) give each run its own recent list and window state; never a packaged app
if (!app.isPackaged && process.env.WORKBENCH_USER_DATA) app.setPath('userData', process.env.WORKBENCH_USER_DATA)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv, cwd) => onSecondLaunch(parseLaunchArgs(argv, cwd)))
  // macOS hands files over by event, not argv
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (isPackageFile(path)) {
      if (win) void handOver(path)
      else launch.file = path
    }
  })
  app.whenReady().then(start)
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', (event) => {
    if (!host?.current) return
    event.preventDefault()
    const h = host
    void h.shutdown().finally(() => app.quit())
  })
}

