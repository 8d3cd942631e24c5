import { contextBridge, ipcRenderer } from 'electron'
import { METHOD_NAMES } from '../core/api/methodNames'
import { API_CHANNEL, FILES_OPEN_CHANNEL } from './channel'

/**
 * Exposes exactly window.api — one function per method of the contract, each an invoke on the one
 * channel — and window.files.open, main's own file dialog, which answers uploadIds, never paths.
 * Nothing else; ipcRenderer itself is never exposed (docs/design/style.md §5).
 */
const api = Object.fromEntries(
  METHOD_NAMES.map((m) => [m, (input: unknown) => ipcRenderer.invoke(API_CHANNEL, m, input)]),
)
contextBridge.exposeInMainWorld('api', Object.freeze(api))
contextBridge.exposeInMainWorld(
  'files',
  Object.freeze({ open: (opts: unknown) => ipcRenderer.invoke(FILES_OPEN_CHANNEL, opts) }),
)
