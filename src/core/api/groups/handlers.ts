import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'

export function groupsHandlers({ store }: HandlerDeps) {
  return {
    'groups.list': async () => (await store.workspaceShard()).data.groups,
  } satisfies HandlersOf<'groups'>
}
