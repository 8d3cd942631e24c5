/** The single IPC channel all API calls travel on. */
export const API_CHANNEL = 'workbench:api'
