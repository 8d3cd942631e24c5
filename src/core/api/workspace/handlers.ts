import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { oneAtATimeInWorkspace } from '../shared/oneAtATime'

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
    // one restore at a time: a second one of the same file finds it readable and is refused (CONFLICT)
    'workspace.restoreBackup': async ({ file, backup }) => oneAtATimeInWorkspace(store, () => store.restoreBackup(file, backup)),
  } satisfies HandlersOf<'workspace'>
}
