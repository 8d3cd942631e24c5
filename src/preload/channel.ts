/** The single IPC channel all API calls travel on. */
export const API_CHANNEL = 'workbench:api'

/** Main's own file dialog (window.files.open): not a core method, it hands back uploadIds, never paths. */
export const FILES_OPEN_CHANNEL = 'workbench:files.open'

/** The shell's methods (which workspace is open: src/main/shell/contract.ts) */
export const SHELL_CHANNEL = 'workbench:shell'

/** main → page: a menu command the page carries out (it may have to ask about unsaved edits first) */
export const SHELL_COMMAND_CHANNEL = 'workbench:shell.command'

/** A file dropped on the window (Electron): the preload names its path to main, which stages it */
export const FILES_DROPPED_CHANNEL = 'workbench:files.dropped'
