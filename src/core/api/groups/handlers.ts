import { addGroup, renameGroup, retireGroup } from '../../domain/groupRules'
import type { GroupId } from '../../domain/ids'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'

/** 协作组 master data: load → pure rule (domain/groupRules.ts) → store → answer. */
export function groupsHandlers({ store, now, newId }: HandlerDeps) {
  return {
    'groups.list': async () => (await store.workspaceShard()).data.groups,
    'groups.add': async ({ name }) => {
      const shard = await store.workspaceShard()
      const id = newId('g') as GroupId
      return shard.update((d) => {
        d.groups = addGroup(d.groups, id, name)
        return d.groups.find((g) => g.id === id)!
      })
    },
    'groups.rename': async ({ groupId, name }) => {
      const shard = await store.workspaceShard()
      const at = now().toISOString()
      return shard.update((d) => {
        d.groups = renameGroup(d.groups, groupId, name, at)
        return d.groups.find((g) => g.id === groupId)!
      })
    },
    'groups.retire': async ({ groupId, retired }) => {
      const shard = await store.workspaceShard()
      const at = now().toISOString()
      return shard.update((d) => {
        d.groups = retireGroup(d.groups, groupId, retired, at)
        return d.groups.find((g) => g.id === groupId)!
      })
    },
  } satisfies HandlersOf<'groups'>
}
