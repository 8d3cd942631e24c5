import { openWorkbench, type OpenedWorkbench } from '../src/core/api/openApi'
import { createLoopProbe, type LoopBlocking } from './eventLoop'
import type { GeneratedWorkspace } from './generateWorkspace'
import { timed } from './stats'

export interface OpenTimes {
  wb: OpenedWorkbench
  openMs: number
  campaignGetMs: number
  shardLoadMs: number[]
  listByExpertMs: number
  summaryMs: number
  rowsWithResult: number
  loop: LoopBlocking
}

/**
 * Opens the generated workspace as the results screen would: openWorkbench, the first read of the
 * campaign, every expert's sheets shard (read + JSON.parse + migrate + zod), then sheets.listByExpert
 * for each expert and results.summary. Also checks that everything generated reads back.
 */
export async function openAsResultsScreen(ws: GeneratedWorkspace, expected: { submissions: number; indicators: number }): Promise<OpenTimes> {
  const probe = createLoopProbe()
  probe.resume()
  const opened = await timed(() => openWorkbench(ws.dir, { door: 'bench' }))
  const wb = opened.value
  const get = await timed(async () => await wb.api['campaigns.get']({ campaignId: ws.campaignId }))
  const shardLoadMs: number[] = []
  for (const e of ws.expertIds) shardLoadMs.push((await timed(() => wb.store.sheetsShard(ws.campaignId, e))).ms)
  const lists = await timed(async () => {
    const out = []
    for (const expertId of ws.expertIds) out.push(await wb.api['sheets.listByExpert']({ campaignId: ws.campaignId, expertId }))
    return out
  })
  const summary = await timed(async () => await wb.api['results.summary']({ campaignId: ws.campaignId }))
  probe.pause()

  const indicators = get.value.rubric.dimensions.reduce((n, d) => n + d.indicators.length, 0)
  const fullyScored = lists.value.every((rows) => rows.length === expected.submissions && rows.every((r) => r.scoredCount === expected.indicators))
  if (get.value.submissions.length !== expected.submissions || indicators !== expected.indicators || !fullyScored || summary.value.rows.length !== expected.submissions) {
    throw new Error('the generated workspace did not read back as expected')
  }
  return {
    wb,
    openMs: opened.ms,
    campaignGetMs: get.ms,
    shardLoadMs,
    listByExpertMs: lists.ms,
    summaryMs: summary.ms,
    rowsWithResult: summary.value.rows.filter((r) => r.result !== null).length,
    loop: probe.result(),
  }
}
