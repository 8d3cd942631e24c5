import type { HandlerDeps } from './deps'
import type { WorkbenchHandlers } from '../contract'

export function workspaceHandlers({ store }: HandlerDeps) {
  return {
    'workspace.info': async () => {
      const ws = await store.workspaceShard()
      return {
        name: ws.data.name,
        root: store.root,
        campaignCount: (await store.campaignIds()).length,
        expertCount: ws.data.experts.length,
      }
    },
    'workspace.listBackups': async ({ file }) => store.listBackups(file),
    'workspace.restoreBackup': async ({ file, backup }) => store.restoreBackup(file, backup),
    'groups.list': async () => (await store.workspaceShard()).data.groups,
  } satisfies Partial<WorkbenchHandlers>
}
