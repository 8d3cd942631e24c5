import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'

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
  } satisfies HandlersOf<'workspace'>
}
