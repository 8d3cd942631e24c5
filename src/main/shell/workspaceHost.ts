import { readdir } from 'node:fs/promises'
import { basename, extname, join, resolve } from 'node:path'
import { openWorkbench, type OpenedWorkbench } from '../../core/api/openApi'
import type { CallContext } from '../../core/api/dispatch'
import type { Envelope } from '../../core/api/envelope'
import { DEFAULT_GROUPS } from '../../core/domain/groups'
import { WorkbenchError } from '../../core/domain/errors'
import { PACKAGE_EXTENSIONS } from '../../core/packages/manifest'
import { openExpertPackage } from '../../core/packages/openExpertPackage'
import { SHELL_INPUTS, SHELL_METHODS, type ShellMethod, type ShellOutputs, type ShellState } from './contract'
import { RecentStore, samePath, workspaceExists } from './recentStore'

export interface HostOptions {
  recent: RecentStore
  /** who holds the lock, shown to a second process (Electron, browser mode) */
  door: string
  version: string
  /**
   * May a caller name any folder (browser mode: the user types it)? The Electron renderer may not:
   * there it opens only folders in the recent list or chosen in main's own dialog.
   */
  typedPaths: boolean
  /** Electron: main's folder dialog; resolves null when cancelled */
  chooseFolder?: (purpose: 'open' | 'create') => Promise<string | null>
  /** Electron: main's file dialog for an expert package (.wbexp); resolves null when cancelled */
  choosePackage?: () => Promise<string | null>
  /** Electron: main's folder dialog for where an expert workspace goes; resolves null when cancelled */
  choosePackageFolder?: () => Promise<string | null>
  /** the clock a package's expiry is checked against (tests set it) */
  now?: () => Date
  /** after the current workspace changed (menus, the attachment scheme and the title follow it) */
  onChange?: (wb: OpenedWorkbench | null) => void
}

const NO_WORKSPACE = '尚未打开工作区：请在开始页打开或新建一个工作区。'

/** The refusals of 打开评审包 that are the shell's own (the package's own are core/packages/messages.ts). */
const SHELL_MSG = {
  notExpertPackage: (name: string) => `「${name}」不是评审包：专家收到的评审包文件以 .wbexp 结尾。`,
  scoreNotExpert: (name: string) => `「${name}」是评分包（.wbscore），应由秘书处在「专家与分配 → 评审包与回收」中导入，不能作为评审包打开。`,
  useDialog: '请用「打开评审包」对话框选择文件。',
  noFileDialog: '浏览器模式没有文件对话框：请直接填写评审包文件和文件夹的路径。',
}

/**
 * The one workspace a door works on, and the switch between workspaces (issue 15): open, create,
 * close, each recorded in the recent list. Opening another workspace opens it first and closes the
 * old one only then, so a refusal (missing, locked, damaged) leaves the current one open.
 * Shared by Electron main and the bridge; kept free of the electron import.
 */
export class WorkspaceHost {
  private wb: OpenedWorkbench | null = null
  /** folders main itself vouches for (a launch argument), which the renderer may then open by path */
  private readonly vouched: string[] = []
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly opts: HostOptions) {}

  get current(): OpenedWorkbench | null {
    return this.wb
  }

  /** the API door: every call goes to the current workspace, or is refused while none is open */
  call = (method: string, input: unknown, ctx?: CallContext): Promise<Envelope<unknown>> => {
    if (!this.wb) return Promise.resolve({ ok: false, error: { code: 'NO_WORKSPACE', message: NO_WORKSPACE } })
    return this.wb.call(method, input, ctx) as Promise<Envelope<unknown>>
  }

  async state(): Promise<ShellState> {
    const current = this.wb ? { path: this.wb.store.root, name: await this.nameOf(this.wb) } : null
    return { current, recent: await this.opts.recent.list(), nativeDialogs: !!this.opts.chooseFolder, version: this.opts.version }
  }

  open(path: string): Promise<ShellState> {
    return this.serial(async () => {
      const dir = resolve(path)
      if (this.wb && samePath(this.wb.store.root, dir)) return this.state()
      if (!(await workspaceExists(dir))) {
        throw new WorkbenchError('WORKSPACE_NOT_FOUND', `「${dir}」不是工作区文件夹（其中没有 workspace.json）：可能已被移动、改名，或所在的磁盘未连接。`, { details: { root: dir } })
      }
      await this.switchTo(await openWorkbench(dir, { door: this.opts.door }))
      return this.state()
    })
  }

  /** A new workspace in `path`: a folder that does not exist yet or is empty. */
  create(path: string, name: string): Promise<ShellState> {
    return this.serial(async () => {
      const dir = resolve(path)
      if (await workspaceExists(dir)) {
        throw new WorkbenchError('WORKSPACE_EXISTS', `「${dir}」已经是一个工作区，请用「打开工作区」打开它。`, { details: { root: dir } })
      }
      const entries = await readdir(dir).catch(() => [] as string[])
      if (entries.length > 0) {
        throw new WorkbenchError('INVALID_INPUT', `文件夹「${dir}」不是空的：新建工作区需要一个空文件夹或新文件夹名，以免与其他文件混在一起。`, { details: { root: dir } })
      }
      await this.switchTo(await openWorkbench(dir, { door: this.opts.door, create: { name, groups: DEFAULT_GROUPS } }))
      return this.state()
    })
  }

  /**
   * An expert opens the package they received (issue 11): core's openExpertPackage verifies it and
   * builds the expert workspace in `folder` (new or empty); only then does the window switch to it,
   * recorded in the recent list. A refusal (tampered, expired, wrong signer, a folder not empty…) is
   * the call's answer, and openExpertPackage leaves nothing behind; the current workspace stays open.
   */
  openPackage(file: string, folder: string): Promise<ShellState> {
    return this.serial(async () => {
      const pkg = resolve(file)
      if (extname(pkg).toLowerCase() !== PACKAGE_EXTENSIONS['expert-package']) {
        const score = extname(pkg).toLowerCase() === PACKAGE_EXTENSIONS['score-package']
        throw new WorkbenchError('INVALID_INPUT', score ? SHELL_MSG.scoreNotExpert(basename(pkg)) : SHELL_MSG.notExpertPackage(basename(pkg)))
      }
      const opened = await openExpertPackage(pkg, resolve(folder), { label: basename(pkg), now: this.opts.now?.() ?? new Date() })
      await this.switchTo(await openWorkbench(opened.root, { door: this.opts.door }))
      return this.state()
    })
  }

  /** Closes the current workspace on purpose: the next start shows the start screen. */
  close(): Promise<ShellState> {
    return this.serial(async () => {
      const old = this.wb
      this.wb = null
      if (old) await old.close()
      await this.opts.recent.clearLast()
      this.opts.onChange?.(null)
      return this.state()
    })
  }

  /** Quitting: closes the workspace but keeps it as the one to reopen. */
  shutdown(): Promise<void> {
    return this.serial(async () => {
      const old = this.wb
      this.wb = null
      if (old) await old.close()
    })
  }

  /** Lets the renderer open `path` by name (Electron: a folder a second launch was asked to open). */
  vouchFor(path: string): void {
    this.vouched.push(resolve(path))
  }

  /** One shell call from a door, parsed and answered as an envelope (never a throw). */
  async dispatch(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (!(SHELL_METHODS as readonly string[]).includes(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的操作「${method.slice(0, 60)}」。` } }
    }
    const m = method as ShellMethod
    const parsed = SHELL_INPUTS[m].safeParse(input ?? {})
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return { ok: false, error: { code: 'INVALID_INPUT', message: issue?.message ?? '输入有误。', issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) } }
    }
    try {
      return { ok: true, value: await this.run(m, parsed.data as Record<string, string>) }
    } catch (e) {
      if (e instanceof WorkbenchError) return { ok: false, error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } }
      return { ok: false, error: { code: 'INTERNAL', message: `操作未完成：${(e as Error).message}` } }
    }
  }

  private async run(m: ShellMethod, input: Record<string, string>): Promise<ShellOutputs[ShellMethod]> {
    switch (m) {
      case 'state':
        return this.state()
      case 'open':
        await this.mayName(input.path!)
        return this.open(input.path!)
      case 'create':
        if (!this.opts.typedPaths) throw new WorkbenchError('INVALID_INPUT', '请用「新建工作区」对话框选择文件夹。')
        return this.create(input.path!, input.name!)
      case 'openDialog': {
        const dir = await this.dialog('open')
        return dir === null ? null : this.open(dir)
      }
      case 'createDialog': {
        const parent = await this.dialog('create')
        return parent === null ? null : this.create(join(parent, folderNameFor(input.name!)), input.name!)
      }
      case 'forget':
        await this.opts.recent.forget(input.path!)
        return this.state()
      case 'close':
        return this.close()
      case 'openPackage':
        if (!this.opts.typedPaths) throw new WorkbenchError('INVALID_INPUT', SHELL_MSG.useDialog)
        return this.openPackage(input.file!, input.folder!)
      case 'openPackageDialog': {
        const file = input.file ?? (await this.packageDialog())
        if (file === null) return null
        const parent = await this.packageFolderDialog()
        return parent === null ? null : this.openPackage(file, await freeFolder(parent, folderNameFor(basename(file, extname(file)))))
      }
    }
  }

  /** The Electron renderer names only folders the user already opened here (the recent list). */
  private async mayName(path: string): Promise<void> {
    if (this.opts.typedPaths) return
    const known = this.vouched.some((v) => samePath(v, path)) || (await this.opts.recent.read()).entries.some((e) => samePath(e.path, path))
    if (!known) throw new WorkbenchError('INVALID_INPUT', '只能打开最近使用列表中的工作区；其他文件夹请用「打开工作区」对话框选择。')
  }

  private async packageDialog(): Promise<string | null> {
    if (!this.opts.choosePackage) throw new WorkbenchError('INVALID_INPUT', SHELL_MSG.noFileDialog)
    return this.opts.choosePackage()
  }

  private async packageFolderDialog(): Promise<string | null> {
    if (!this.opts.choosePackageFolder) throw new WorkbenchError('INVALID_INPUT', SHELL_MSG.noFileDialog)
    return this.opts.choosePackageFolder()
  }

  private async dialog(purpose: 'open' | 'create'): Promise<string | null> {
    if (!this.opts.chooseFolder) throw new WorkbenchError('INVALID_INPUT', '浏览器模式没有文件夹对话框：请直接填写文件夹路径。')
    return this.opts.chooseFolder(purpose)
  }

  private async switchTo(next: OpenedWorkbench): Promise<void> {
    const old = this.wb
    this.wb = next
    if (old) await old.close().catch(() => undefined)
    await this.opts.recent.recordOpened({ path: next.store.root, name: await this.nameOf(next) })
    this.opts.onChange?.(next)
  }

  private async nameOf(wb: OpenedWorkbench): Promise<string> {
    try {
      return (await wb.api['workspace.info']({})).name
    } catch {
      return wb.store.name
    }
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work)
    this.queue = next.catch(() => undefined)
    return next
  }
}

/** `parent/name`, or `parent/name-2`, `-3`… when that is taken by a non-empty folder (a package opened twice). */
async function freeFolder(parent: string, name: string): Promise<string> {
  for (let i = 1; ; i++) {
    const dir = join(parent, i === 1 ? name : `${name}-${i}`)
    const entries = await readdir(dir).catch(() => [] as string[])
    if (entries.length === 0) return dir
  }
}

/** A folder name for a new workspace: its name without characters Windows refuses in a file name. */
export function folderNameFor(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  const cleaned = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '').trim()
  return cleaned || '工作区'
}
