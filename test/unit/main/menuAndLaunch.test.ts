import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { aboutText, menuTemplate, type MenuActions } from '../../../src/main/menu/menuTemplate'
import { shortcutGroups, shortcutsText } from '../../../src/main/menu/shortcuts'
import { isPackageFile, parseLaunchArgs, setPackageFileHandler, packageFileHandler } from '../../../src/main/shell/launchArgs'
import { parseShellCommand } from '../../../src/main/shell/commands'
import { restoreBounds, readWindowState, writeWindowState, MIN_SIZE } from '../../../src/main/shell/windowState'
import { leaveDialog } from '../../../src/main/leaveDialog'
import { droppedPathProblem } from '../../../src/main/stageChosenFile'
import { tempDir } from '../../helpers/tempWorkspace'

const root = resolve(__dirname, '../../..')
const subItems = (m: MenuItemConstructorOptions) => (m.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator')

function actionsLog() {
  const calls: string[] = []
  const act = new Proxy({} as MenuActions, { get: (_t, name: string) => () => calls.push(name) })
  return { calls, act }
}

describe('application menu (pure template)', () => {
  it('has 文件 / 编辑 / 视图 / 帮助 in Chinese with the usual accelerators (Windows/Linux)', () => {
    const { act, calls } = actionsLog()
    const t = menuTemplate({ platform: 'win32', isPackaged: true, hasWorkspace: true }, act)
    expect(t.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助'])
    const all = t.flatMap(subItems)
    const acc = Object.fromEntries(all.map((i) => [i.label, i.accelerator]))
    expect(acc).toMatchObject({
      '新建工作区…': 'CmdOrCtrl+N',
      '打开工作区…': 'CmdOrCtrl+O',
      关闭工作区: 'CmdOrCtrl+Shift+W',
      退出: 'CmdOrCtrl+Q',
      撤销: 'CmdOrCtrl+Z',
      重做: 'Ctrl+Y',
      复制: 'CmdOrCtrl+C',
      粘贴: 'CmdOrCtrl+V',
      全选: 'CmdOrCtrl+A',
      放大: 'CmdOrCtrl+=',
      全屏: 'F11',
      键盘快捷键: 'F1',
    })
    // every label is Chinese; no developer tools in a packaged app
    for (const i of all) expect(i.label).toMatch(/[\u4e00-\u9fff]/)
    expect(all.some((i) => i.role === 'toggleDevTools')).toBe(false)
    // the clicks reach the actions
    for (const i of all) (i.click as (() => void) | undefined)?.()
    expect(calls).toEqual(['newWorkspace', 'openWorkspace', 'closeWorkspace', 'showWorkspaceFolder', 'shortcuts', 'about'])
  })

  it('disables workspace items without a workspace; macOS gets its app menu; dev builds get developer tools', () => {
    const { act } = actionsLog()
    const none = menuTemplate({ platform: 'linux', isPackaged: false, hasWorkspace: false }, act)
    const file = subItems(none[0]!)
    expect(file.find((i) => i.label === '关闭工作区')?.enabled).toBe(false)
    expect(file.find((i) => i.label === '在文件夹中显示工作区')?.enabled).toBe(false)
    expect(none.flatMap(subItems).some((i) => i.role === 'toggleDevTools')).toBe(true)
    const mac = menuTemplate({ platform: 'darwin', isPackaged: true, hasWorkspace: true }, act)
    expect(mac.map((m) => m.label)).toEqual(['专家评审工作台', '文件', '编辑', '视图', '帮助'])
    expect(mac.flatMap(subItems).find((i) => i.label === '重做')?.accelerator).toBe('Cmd+Shift+Z')
  })

  it('关于 names the version and the workspace folder', () => {
    expect(aboutText({ version: '1.4.0', workspace: 'D:\\评审\\2026' })).toContain('版本：1.4.0')
    expect(aboutText({ version: '1.4.0', workspace: 'D:\\评审\\2026' })).toContain('工作区：D:\\评审\\2026')
    expect(aboutText({ version: '1.4.0', workspace: null })).toContain('工作区：（未打开）')
  })

  it('帮助 lists the shortcuts the renderer really handles', async () => {
    const text = shortcutsText('Ctrl')
    for (const k of ['A / B / C / D', 'Delete / Backspace', 'Enter / Shift+Enter', 'Ctrl+N', 'F1']) expect(text).toContain(k)
    expect(shortcutGroups('⌘').flatMap((g) => g.items).some((i) => i.keys.includes('⌘+O'))).toBe(true)
    // the keys listed are the ones the code reacts to
    const keyboard = await readFile(join(root, 'src/renderer/src/features/scoring/keyboard.ts'), 'utf8')
    for (const k of ["a: 'A'", "'4': 'D'", 'Delete: null', 'Backspace: null']) expect(keyboard).toContain(k)
    const split = await readFile(join(root, 'src/renderer/src/features/scoring/SheetWithMaterials.tsx'), 'utf8')
    expect(split).toContain("'ArrowLeft'")
    const pdf = await readFile(join(root, 'src/renderer/src/features/materials/pdf/PdfNav.tsx'), 'utf8')
    expect(pdf).toMatch(/e\.key === 'Enter'[\s\S]*e\.shiftKey/)
  })
})

describe('single instance: what a (second) launch asks for', () => {
  const cwd = '/home/u/下载'
  it('finds a package file and a workspace among Chromium switches and the app path', () => {
    expect(parseLaunchArgs(['/opt/wb/workbench', '--allow-file-access-from-files', '--original-process-start-time=1', '张老师.wbexp'], cwd)).toEqual({ file: '/home/u/下载/张老师.wbexp' })
    expect(parseLaunchArgs(['electron', '/src/app', '--workspace', 'ws', '/tmp/a.WBSCORE'], cwd)).toEqual({ workspace: '/home/u/下载/ws', file: '/tmp/a.WBSCORE' })
    expect(parseLaunchArgs(['x', '--workspace=/data/ws'], cwd)).toEqual({ workspace: '/data/ws' })
    // nothing asked: no key at all (the last workspace reopens)
    expect(parseLaunchArgs(['x'], cwd)).toEqual({})
    expect(parseLaunchArgs(['x', '--workspace'], cwd)).toEqual({})
    expect(parseLaunchArgs(['x', '--workspace', '--inspect'], cwd)).toEqual({})
    // other files are not handed over (a .docx, a folder)
    expect(parseLaunchArgs(['x', 'report.docx', '/data'], cwd)).toEqual({})
  })
  it('knows the package extensions and lets the package import attach a handler', async () => {
    expect(isPackageFile('a.wbexp')).toBe(true)
    expect(isPackageFile('a.wbscore')).toBe(true)
    expect(isPackageFile('a.wbexp.zip')).toBe(false)
    expect(packageFileHandler()).toBeNull()
    const got: string[] = []
    setPackageFileHandler(async (f) => void got.push(f))
    await packageFileHandler()!('/x.wbexp')
    expect(got).toEqual(['/x.wbexp'])
    setPackageFileHandler(null)
  })
  it('reads the page commands main sends', () => {
    expect(parseShellCommand('open')).toEqual({ kind: 'open' })
    expect(parseShellCommand('switch:/data/ws')).toEqual({ kind: 'switch', path: '/data/ws' })
    expect(parseShellCommand('switch:')).toBeNull()
    expect(parseShellCommand('rm -rf')).toBeNull()
  })
  it('main takes the single-instance lock and hands the second launch over', async () => {
    const index = await readFile(join(root, 'src/main/index.ts'), 'utf8')
    expect(index).toContain('app.requestSingleInstanceLock()')
    expect(index).toMatch(/second-instance[\s\S]*parseLaunchArgs\(argv, cwd\)/)
  })
})

describe('leaving safely and the window’s place', () => {
  it('asks with 离开 / 留下, 留下 the default and the cancel', () => {
    const d = leaveDialog()
    expect(d.buttons[0]).toContain('离开')
    expect(d.buttons[d.defaultId]).toBe('留下')
    expect(d.cancelId).toBe(d.defaultId)
    const win = readFileSync(join(root, 'src/main/window.ts'), 'utf8')
    expect(win).toMatch(/will-prevent-unload[\s\S]*showMessageBoxSync\(win, leaveDialog\(\)\) === 0\) event\.preventDefault\(\)/)
  })
  it('restores the saved bounds when they are on a screen, else a default; never below the minimum', () => {
    const screen = { x: 0, y: 0, width: 1920, height: 1040 }
    const saved = { kind: 'window-state' as const, schemaVersion: 1 as const, x: 100, y: 50, width: 1300, height: 800, maximized: false }
    expect(restoreBounds(saved, [screen])).toEqual({ bounds: { x: 100, y: 50, width: 1300, height: 800 }, maximized: false })
    // the second monitor it was on is gone
    expect(restoreBounds({ ...saved, x: 2500 }, [screen]).bounds).toEqual({ width: 1300, height: 800 })
    expect(restoreBounds({ ...saved, width: 300, height: 200 }, [screen]).bounds).toMatchObject(MIN_SIZE)
    expect(restoreBounds(null, [screen])).toEqual({ bounds: { width: 1440, height: 900 }, maximized: false })
  })
  it('writes and reads the window state file; a damaged one counts as none', async () => {
    const { dir, cleanup } = await tempDir()
    try {
      await writeWindowState(dir, { x: 10.4, y: 20, width: 1200, height: 760 }, true)
      expect(await readWindowState(dir)).toEqual({ kind: 'window-state', schemaVersion: 1, x: 10, y: 20, width: 1200, height: 760, maximized: true })
      await writeFile(join(dir, 'window-state.json'), '{"x":')
      expect(await readWindowState(dir)).toBeNull()
    } finally {
      await cleanup()
    }
  })
  it('a dropped folder or a file without a path is refused with a message; a file passes', async () => {
    const { dir, cleanup } = await tempDir()
    try {
      await mkdir(join(dir, '材料'))
      await writeFile(join(dir, 'a.zip'), 'x')
      expect(await droppedPathProblem('')).toMatchObject({ code: 'INVALID_INPUT', message: '只能拖入本机磁盘上的文件。' })
      expect(await droppedPathProblem(42)).toMatchObject({ code: 'INVALID_INPUT' })
      expect((await droppedPathProblem(join(dir, '材料')))?.message).toContain('压缩为 .zip')
      expect(await droppedPathProblem(join(dir, 'a.zip'))).toBeNull()
    } finally {
      await cleanup()
    }
  })
})
