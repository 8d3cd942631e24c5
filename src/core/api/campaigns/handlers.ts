import { CURRENT_PLEDGE } from '../../domain/pledge'
import { WorkbenchError } from '../../domain/errors'
import { REVIEW_KIND_LABELS, type ReviewKind, type Rubric } from '../../domain/rubric'
import type { Parsed } from '../inputs'
import { blankRubric } from '../../rubric/versions'
import { CampaignSchema, WORKSPACE_SCHEMA_VERSION, type Campaign } from '../../domain/workspace'
import type { CampaignId } from '../../domain/ids'
import { defaultTemplateFor, findTemplate } from '../../rubric/templates'
import type { CampaignCard } from './outputs'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { loadCampaign } from '../shared/load'
import { campaignProgress } from '../../scoring/progress'
import { inCampaignQueue, oneAtATimeInWorkspace } from '../shared/oneAtATime'
import { campaignNameClash, campaignNameTaken } from '../../domain/campaignName'

type Source = Parsed<'campaigns.create'>['source']

function sourceNote(source: Source, rubric: Rubric): string {
  if (source?.type === 'campaign') return `复制自评审活动的指标体系「${rubric.name}」第 ${rubric.version} 版`
  if (source?.type === 'blank') return '从空白开始'
  return `来自内置模板「${rubric.name}」`
}

export function campaignsHandlers(deps: HandlerDeps) {
  const { store, newId, now } = deps

  async function startingRubric(kind: ReviewKind, source: Source, id: string): Promise<Rubric> {
    if (source?.type === 'blank') return blankRubric(kind, `${id}-rubric`)
    if (source?.type === 'campaign') {
      const from = (await loadCampaign(store, source.campaignId)).data.campaign
      if (from.kind !== kind) {
        throw new WorkbenchError('INVALID_INPUT', `评审活动「${from.name}」是${REVIEW_KIND_LABELS[from.kind]}，与所选评审类型不同。`)
      }
      return from.rubric
    }
    const templateId = source?.type === 'template' ? source.templateId : undefined
    const template = templateId ? findTemplate(templateId) : defaultTemplateFor(kind)
    if (!template) {
      throw new WorkbenchError('NOT_FOUND', templateId ? `找不到指标体系模板 ${templateId}。` : `评审类型「${REVIEW_KIND_LABELS[kind]}」暂无内置模板。`)
    }
    if (template.kind !== kind) {
      throw new WorkbenchError('INVALID_INPUT', `模板「${template.name}」不属于评审类型「${REVIEW_KIND_LABELS[kind]}」。`)
    }
    return template
  }

  /** Refuses `name` when another readable campaign (archived ones too) already reads the same (domain/campaignName). */
  async function refuseTakenName(name: string, exceptId?: string): Promise<void> {
    const others: Campaign[] = []
    for (const id of await store.campaignIds()) {
      if (id === exceptId) continue
      try {
        others.push((await store.campaignShard(id)).data.campaign)
      } catch (e) {
        if (!(e instanceof WorkbenchError)) throw e // a damaged campaign is listed as such, not compared
      }
    }
    const holder = campaignNameClash(others, name, exceptId)
    if (holder) {
      const message = campaignNameTaken(name, holder)
      throw new WorkbenchError('CONFLICT', message, { issues: [{ path: 'name', message }] })
    }
  }

  return {
    'campaigns.list': async () => {
      const cards: CampaignCard[] = []
      for (const id of await store.campaignIds()) {
        try {
          const c = (await store.campaignShard(id)).data.campaign
          const sheets = new Map<string, Record<string, { status: string }>>()
          for (const expertId of c.expertIds) sheets.set(expertId, (await store.sheetsShard(id, expertId)).data.sheets)
          const progress = campaignProgress(c, (e) => e, (e, s) => sheets.get(e)?.[s]?.status === 'submitted')
          cards.push({
            id: c.id,
            name: c.name,
            kind: c.kind,
            kindLabel: REVIEW_KIND_LABELS[c.kind],
            createdAt: c.createdAt,
            submissionCount: c.submissions.length,
            expertCount: c.expertIds.length,
            sheetsSubmitted: progress.submitted,
            sheetsExpected: progress.expected,
            ...(c.archived ? { archived: c.archived } : {}),
          })
        } catch (e) {
          if (!(e instanceof WorkbenchError)) throw e
          cards.push({
            id, name: `（无法读取的评审活动 ${id}）`, kind: 'diagnostic', kindLabel: '', createdAt: '',
            submissionCount: 0, expertCount: 0, sheetsSubmitted: 0, sheetsExpected: 0, damaged: e.message,
          })
        }
      }
      return cards.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    },

    'campaigns.get': async ({ campaignId }) => ({
      ...(await loadCampaign(store, campaignId)).data.campaign,
      pledgeText: CURRENT_PLEDGE,
    }),

    // in the workspace's queue: a double-clicked 创建 checks the name after the first one was created
    'campaigns.create': ({ name, kind, source }) => oneAtATimeInWorkspace(store, async () => {
      await refuseTakenName(name)
      const id = newId('cmp') as CampaignId
      const rubric = await startingRubric(kind, source, id)
      const campaign: Campaign = CampaignSchema.parse({
        id,
        name,
        kind,
        createdAt: now().toISOString(),
        // the campaign's own copy: later edits of the template or the source campaign never change it
        rubric: { ...structuredClone(rubric), id: `${id}-rubric`, version: 1 },
        expertIds: [],
        submissions: [],
        aggregation: { rule: 'trimmedMean' },
        rubricHistory: [],
        rubricNotes: [{ version: 1, note: sourceNote(source, rubric), at: now().toISOString() }],
      })
      await store.createCampaign({ kind: 'campaign', schemaVersion: WORKSPACE_SCHEMA_VERSION, campaign })
      return campaign
    }),

    'campaigns.addExperts': async ({ campaignId, expertIds }) => {
      const experts = (await store.workspaceShard()).data.experts
      const missing = expertIds.filter((id) => !experts.some((e) => e.id === id))
      if (missing.length) throw new WorkbenchError('NOT_FOUND', `专家库中没有这些专家：${missing.join('、')}`)
      const shard = await loadCampaign(store, campaignId)
      return shard.update((d) => {
        for (const id of expertIds) if (!d.campaign.expertIds.includes(id)) d.campaign.expertIds.push(id)
        return d.campaign
      })
    },

    // one at a time per campaign, so the audit's before → after of the rule is the one each call saw
    'campaigns.updateSettings': inCampaignQueue(store, async ({ campaignId, name, blind, aggregationRule, panel }) => {
      const shard = await loadCampaign(store, campaignId)
      if (name !== undefined) await refuseTakenName(name, campaignId)
      const ruleBefore = shard.data.campaign.aggregation.rule
      const updated = await shard.update((d) => {
        const c = d.campaign
        if (name !== undefined) c.name = name
        if (blind !== undefined) c.blind = blind
        if (aggregationRule !== undefined) c.aggregation.rule = aggregationRule
        if (panel) c.panel = { ...c.panel, ...panel }
        return c
      }, () =>
        // the rule decides every result: who changed it, from what to what, stays in the audit log
        aggregationRule !== undefined && aggregationRule !== ruleBefore
          ? { action: 'campaign.aggregationRule', actor: '秘书处', data: { before: ruleBefore, after: aggregationRule }, at: now() }
          : null,
      )
      return updated
    }),

    // 归档, never deleted: every file stays; the campaign only leaves the list until restored.
    // Archive and restore run one at a time per campaign: a double click is refused, not recorded twice.
    'campaigns.archive': inCampaignQueue(store, async ({ campaignId, reason }) => {
      const shard = await loadCampaign(store, campaignId)
      if (shard.data.campaign.archived) throw new WorkbenchError('CONFLICT', `评审活动「${shard.data.campaign.name}」已归档。`)
      const at = now().toISOString()
      const c = await shard.update((d) => {
        d.campaign.archived = { at, reason }
        return d.campaign
      }, () => ({ action: 'campaign.archive', actor: '秘书处', data: { reason }, at: now() }))
      return c
    }),

    'campaigns.restore': inCampaignQueue(store, async ({ campaignId }) => {
      const shard = await loadCampaign(store, campaignId)
      const was = shard.data.campaign.archived
      if (!was) throw new WorkbenchError('CONFLICT', `评审活动「${shard.data.campaign.name}」没有归档，无需恢复。`)
      const c = await shard.update((d) => {
        delete d.campaign.archived
        return d.campaign
      }, () => ({ action: 'campaign.restore', actor: '秘书处', data: { archivedAt: was.at, archiveReason: was.reason }, at: now() }))
      return c
    }),
  } satisfies HandlersOf<'campaigns'>
}
