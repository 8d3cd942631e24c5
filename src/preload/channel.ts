/** The single IPC channel all API calls travel on. */
export const API_CHANNEL = 'workbench:api'

/** Main's own file dialog (window.files.open): not a core method, it hands back uploadIds, never paths. */
export const FILES_OPEN_CHANNEL = 'workbench:files.open'
