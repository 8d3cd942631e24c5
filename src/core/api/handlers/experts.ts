import { WorkbenchError } from '../../domain/errors'
import type { Expert } from '../../domain/workspace'
import type { ExpertId } from '../../domain/ids'
import type { HandlerDeps } from './deps'
import type { WorkbenchHandlers } from '../contract'

export function expertHandlers({ store, newId }: HandlerDeps) {
  return {
    'experts.list': async () => (await store.workspaceShard()).data.experts,
    'experts.add': async (input) => {
      const ws = await store.workspaceShard()
      const known = new Set(ws.data.groups.map((g) => g.id))
      const unknown = input.groupIds.filter((g) => !known.has(g))
      if (unknown.length) throw new WorkbenchError('INVALID_INPUT', `未知的专业建设协作组：${unknown.join('、')}`)
      const expert: Expert = { id: newId('exp') as ExpertId, ...input }
      return ws.update((d) => {
        if (d.experts.some((e) => e.name === expert.name && e.unit === expert.unit)) {
          throw new WorkbenchError('CONFLICT', `专家库中已有 ${expert.unit} 的 ${expert.name}。`)
        }
        d.experts.push(expert)
        return expert
      })
    },
  } satisfies Partial<WorkbenchHandlers>
}
