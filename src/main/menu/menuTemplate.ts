import type { MenuItemConstructorOptions } from 'electron'

/** What the menu can ask the app to do; main wires each to a window, a dialog or the renderer. */
export interface MenuActions {
  newWorkspace: () => void
  openWorkspace: () => void
  closeWorkspace: () => void
  showWorkspaceFolder: () => void
  shortcuts: () => void
  about: () => void
}

export interface MenuContext {
  platform: NodeJS.Platform
  /** developer tools only in an unpackaged build */
  isPackaged: boolean
  /** a workspace is open (关闭工作区 and 在文件夹中显示 need one) */
  hasWorkspace: boolean
}

/**
 * The application menu in Chinese (文件 / 编辑 / 视图 / 帮助) with the usual accelerators (issue 15).
 * A pure function of its context, kept free of the electron runtime so a unit test can read it;
 * main passes it to Menu.buildFromTemplate.
 */
export function menuTemplate(ctx: MenuContext, act: MenuActions): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin'
  const file: MenuItemConstructorOptions = {
    label: '文件',
    submenu: [
      { id: 'new-workspace', label: '新建工作区…', accelerator: 'CmdOrCtrl+N', click: () => act.newWorkspace() },
      { id: 'open-workspace', label: '打开工作区…', accelerator: 'CmdOrCtrl+O', click: () => act.openWorkspace() },
      { id: 'close-workspace', label: '关闭工作区', accelerator: 'CmdOrCtrl+Shift+W', enabled: ctx.hasWorkspace, click: () => act.closeWorkspace() },
      { type: 'separator' },
      { id: 'show-workspace', label: '在文件夹中显示工作区', enabled: ctx.hasWorkspace, click: () => act.showWorkspaceFolder() },
      { type: 'separator' },
      mac ? { role: 'close', label: '关闭窗口', accelerator: 'CmdOrCtrl+W' } : { role: 'quit', label: '退出', accelerator: 'CmdOrCtrl+Q' },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: '编辑',
    submenu: [
      { role: 'undo', label: '撤销', accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', label: '重做', accelerator: mac ? 'Cmd+Shift+Z' : 'Ctrl+Y' },
      { type: 'separator' },
      { role: 'cut', label: '剪切', accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: '复制', accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: '粘贴', accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', label: '全选', accelerator: 'CmdOrCtrl+A' },
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: '视图',
    submenu: [
      { role: 'reload', label: '重新载入', accelerator: 'CmdOrCtrl+R' },
      ...(ctx.isPackaged ? [] : [{ role: 'toggleDevTools', label: '开发者工具', accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' } as const]),
      { type: 'separator' },
      { role: 'resetZoom', label: '实际大小', accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', label: '放大', accelerator: 'CmdOrCtrl+=' },
      { role: 'zoomOut', label: '缩小', accelerator: 'CmdOrCtrl+-' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: '全屏', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
    ],
  }
  const help: MenuItemConstructorOptions = {
    label: '帮助',
    role: 'help',
    submenu: [
      { id: 'shortcuts', label: '键盘快捷键', accelerator: 'F1', click: () => act.shortcuts() },
      { type: 'separator' },
      { id: 'about', label: '关于专家评审工作台', click: () => act.about() },
    ],
  }
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{ label: '专家评审工作台', submenu: [{ id: 'about-mac', label: '关于专家评审工作台', click: () => act.about() }, { type: 'separator' }, { role: 'hide', label: '隐藏' }, { role: 'quit', label: '退出', accelerator: 'Cmd+Q' }] }]
    : []
  return [...appMenu, file, edit, view, help]
}

/** 关于: the version and the open workspace's folder. */
export function aboutText(info: { version: string; workspace: string | null; electron?: string }): string {
  return [
    `版本：${info.version}`,
    `工作区：${info.workspace ?? '（未打开）'}`,
    ...(info.electron ? [`Electron：${info.electron}`] : []),
    '',
    '机械行业技工院校高水平专业建设联盟专家委员会评审工具。所有数据保存在本机的工作区文件夹中，无需联网。',
  ].join('\n')
}
