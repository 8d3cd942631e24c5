import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { METHOD_NAMES } from '../core/api/methodNames'
import { API_CHANNEL, FILES_DROPPED_CHANNEL, FILES_OPEN_CHANNEL, SHELL_CHANNEL, SHELL_COMMAND_CHANNEL } from './channel'

/**
 * Exposes exactly window.api — one function per method of the contract, each an invoke on the one
 * channel —, window.files (main's own file dialog, and staging of a file dropped on the window; both
 * answer uploadIds, never paths: the dropped file's path is read here, in the isolated preload, and
 * goes straight to main) and window.shell (the start screen's methods, and menu commands).
 * Nothing else; ipcRenderer itself is never exposed (docs/design/style.md §5).
 */
const api = Object.fromEntries(
  METHOD_NAMES.map((m) => [m, (input: unknown) => ipcRenderer.invoke(API_CHANNEL, m, input)]),
)
contextBridge.exposeInMainWorld('api', Object.freeze(api))
contextBridge.exposeInMainWorld(
  'files',
  Object.freeze({
    open: (opts: unknown) => ipcRenderer.invoke(FILES_OPEN_CHANNEL, opts),
    stageDropped: (file: File) => ipcRenderer.invoke(FILES_DROPPED_CHANNEL, webUtils.getPathForFile(file)),
  }),
)
contextBridge.exposeInMainWorld(
  'shell',
  Object.freeze({
    call: (method: string, input: unknown) => ipcRenderer.invoke(SHELL_CHANNEL, method, input),
    // a dropped .wbexp (issue 11): its path is read here and goes straight to main, as for stageDropped
    openDroppedPackage: (file: File) => ipcRenderer.invoke(SHELL_CHANNEL, 'openPackageDialog', { file: webUtils.getPathForFile(file) }),
    onCommand: (listener: (command: string) => void) => {
      const relay = (_event: unknown, command: unknown) => listener(String(command))
      ipcRenderer.on(SHELL_COMMAND_CHANNEL, relay)
      return () => void ipcRenderer.off(SHELL_COMMAND_CHANNEL, relay)
    },
  }),
)
