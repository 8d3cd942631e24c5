import { WorkbenchError } from '../../domain/errors'
import { ExpertSchema, type Expert } from '../../domain/workspace'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { expertImportHandlers } from './importHandlers'

function checkGroups(known: string[], given: string[]): void {
  const unknown = given.filter((g) => !known.includes(g))
  if (unknown.length) throw new WorkbenchError('INVALID_INPUT', `未知的专业建设协作组：${unknown.join('、')}`)
}

export function expertsHandlers(deps: HandlerDeps) {
  const { store, newId } = deps
  return {
    ...expertImportHandlers(deps),
    'experts.list': async () => (await store.workspaceShard()).data.experts,
    'experts.add': async (input) => {
      const ws = await store.workspaceShard()
      checkGroups(ws.data.groups.map((g) => g.id), input.groupIds)
      const expert: Expert = ExpertSchema.parse({ id: newId('exp'), ...input })
      return ws.update((d) => {
        if (d.experts.some((e) => e.name === expert.name && e.unit === expert.unit)) {
          throw new WorkbenchError('CONFLICT', `专家库中已有 ${expert.unit} 的 ${expert.name}。`)
        }
        d.experts.push(expert)
        return expert
      })
    },
    'experts.update': async ({ expertId, ...fields }) => {
      const ws = await store.workspaceShard()
      checkGroups(ws.data.groups.map((g) => g.id), fields.groupIds)
      return ws.update((d) => {
        const i = d.experts.findIndex((e) => e.id === expertId)
        if (i < 0) throw new WorkbenchError('NOT_FOUND', `专家库中没有专家 ${expertId}。`)
        const next = ExpertSchema.parse({ ...d.experts[i], ...fields, id: expertId })
        d.experts[i] = next
        return next
      })
    },
  } satisfies HandlersOf<'experts'>
}
