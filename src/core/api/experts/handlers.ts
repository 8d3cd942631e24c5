import { WorkbenchError } from '../../domain/errors'
import { ExpertSchema, type Expert } from '../../domain/workspace'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { expertImportHandlers } from './importHandlers'
import type { CampaignId } from '../../domain/ids'
import { campaignSheets } from '../shared/sheetsOf'
import { hasSavedWork } from '../../panel/scoredWork'
import { dropExpert, expertBlockers } from '../../panel/removal'
import { oneAtATimeInWorkspace } from '../shared/oneAtATime'

function checkGroups(known: string[], given: string[]): void {
  const unknown = given.filter((g) => !known.includes(g))
  if (unknown.length) throw new WorkbenchError('INVALID_INPUT', `未知的专业建设协作组：${unknown.join('、')}`)
}

export function expertsHandlers(deps: HandlerDeps) {
  const { store, newId, now } = deps
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
    'experts.update': async ({ expertId, ...given }) => {
      // a patch: only the keys the caller gave (an explicit undefined is not given)
      const fields = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as typeof given
      const ws = await store.workspaceShard()
      if (fields.groupIds) checkGroups(ws.data.groups.map((g) => g.id), fields.groupIds)
      return ws.update((d) => {
        const i = d.experts.findIndex((e) => e.id === expertId)
        if (i < 0) throw new WorkbenchError('NOT_FOUND', `专家库中没有专家 ${expertId}。`)
        const next = ExpertSchema.parse({ ...d.experts[i], ...fields, id: expertId })
        d.experts[i] = next
        return next
      })
    },
    // one removal at a time: a second window's removal of the same expert finds them gone (NOT_FOUND)
    'experts.remove': async ({ expertId, reason }) => oneAtATimeInWorkspace(store, async () => {
      const ws = await store.workspaceShard()
      const expert = ws.data.experts.find((e) => e.id === expertId)
      if (!expert) throw new WorkbenchError('NOT_FOUND', `专家库中没有专家 ${expertId}。`)
      // refused while any campaign holds their saved work or a panel seat; every campaign is checked first
      const blocked: string[] = []
      const listedIn: CampaignId[] = []
      for (const id of await store.campaignIds()) {
        const c = (await store.campaignShard(id)).data.campaign
        const sheets = (await campaignSheets(store, c)).get(expertId) ?? {}
        const why = expertBlockers(c, expertId, Object.values(sheets).filter(hasSavedWork).length)
        if (why.length) blocked.push(`「${c.name}」${why.join('、')}`)
        else if (c.expertIds.includes(expertId)) listedIn.push(id)
      }
      if (blocked.length) {
        throw new WorkbenchError('HAS_SCORES', `专家 ${expert.name}（${expert.unit}）不能移除：${blocked.join('；')}。`)
      }
      const at = now().toISOString()
      const names: string[] = []
      for (const id of listedIn) {
        const shard = await store.campaignShard(id)
        names.push(await shard.update((d) => {
          dropExpert(d.campaign, expertId)
          return d.campaign.name
        }, () => ({ action: 'expert.remove', actor: '秘书处', data: { expertId, name: expert.name, unit: expert.unit, reason }, at: now() })))
      }
      // kept in workspace.json with who/why/when: the workspace-level record of the removal
      await ws.update((d) => {
        d.experts = d.experts.filter((e) => e.id !== expertId)
        d.removedExperts = [...(d.removedExperts ?? []), { expert, reason, at }]
      })
      return { expertId, campaigns: names }
    }),
  } satisfies HandlersOf<'experts'>
}
