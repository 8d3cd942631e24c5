import { z } from 'zod'

/**
 * The shell's own methods (workspaces like documents, issue 15): not core API methods, because they
 * choose WHICH workspace the core works on. Electron answers them over IPC (workbench:shell), the
 * bridge over POST /shell/<method>; both with the same envelope as the API. Kept free of node and
 * electron imports so the renderer can import its types.
 */
export const SHELL_METHODS = ['state', 'open', 'create', 'openDialog', 'createDialog', 'forget', 'close', 'openPackage', 'openPackageDialog'] as const
export type ShellMethod = (typeof SHELL_METHODS)[number]

const folder = z.string().trim().min(1, '请填写工作区文件夹。').max(1000, '文件夹路径过长。')
const packageFile = z.string().trim().min(1, '请填写评审包文件的路径。').max(1000, '文件路径过长。')
const name = z.string().trim().min(1, '请填写工作区名称。').max(60, '工作区名称最多 60 个字。')

export const SHELL_INPUTS = {
  state: z.object({}).strict(),
  /** a folder typed in browser mode; in Electron only a folder already in the recent list */
  open: z.object({ path: folder }).strict(),
  create: z.object({ path: folder, name }).strict(),
  /** Electron: main's own folder dialog, then open */
  openDialog: z.object({}).strict(),
  /** Electron: main's own folder dialog for an empty (or new) folder, then create */
  createDialog: z.object({ name }).strict(),
  forget: z.object({ path: folder }).strict(),
  /** closes the current workspace: the window shows the start screen */
  close: z.object({}).strict(),
  /**
   * An expert opens the .wbexp they received (issue 11): browser mode, typed paths. `folder` becomes
   * the expert workspace (a new or empty folder); then the window switches to it.
   */
  openPackage: z.object({ file: packageFile, folder }).strict(),
  /**
   * Electron: `file` when the package was dropped on the window or handed over by the OS, else main's
   * own file dialog; then main's folder dialog for where the expert workspace goes; then open.
   */
  openPackageDialog: z.object({ file: packageFile.optional() }).strict(),
} satisfies Record<ShellMethod, z.ZodType>

export type ShellInput<M extends ShellMethod> = z.infer<(typeof SHELL_INPUTS)[M]>

export interface RecentWorkspaceView {
  path: string
  name: string
  /** ISO time it was last opened here */
  lastOpened: string
  /** the folder (or its workspace.json) is gone: moved, renamed or on a drive not plugged in */
  missing: boolean
}

export interface ShellState {
  current: { path: string; name: string } | null
  recent: RecentWorkspaceView[]
  /** Electron: folders are chosen in native dialogs; browser mode: typed */
  nativeDialogs: boolean
  /** the app's version (关于) */
  version: string
}

/** What each method answers (openDialog/createDialog: null when the user cancelled the dialog). */
export interface ShellOutputs {
  state: ShellState
  open: ShellState
  create: ShellState
  openDialog: ShellState | null
  createDialog: ShellState | null
  forget: ShellState
  close: ShellState
  openPackage: ShellState
  openPackageDialog: ShellState | null
}
