import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openWorkbench } from '../src/core/api/openApi'
import { DEFAULT_GROUPS } from '../src/core/domain/groups'
import { autoAssign, canonicalAssignmentHash } from '../src/core/panel/assign'
import { conflictMatrix, type ConflictMatrix } from '../src/core/panel/conflicts'
import { generateAssignWorkspace } from './assignData'
import type { Table } from './intake'
import { fmt, summarize, timed, type Summary } from './stats'

export const ASSIGN_CFG = { submissions: 1000, experts: 60, runs: 5, seed: 20261128, drawSeed: 'bench-2026' }

/**
 * Auto-assignment of 1,000 submissions × 60 experts, panel 5: conflictMatrix and autoAssign called
 * directly on the campaign as the handler reads it, then `assignments.autoAssign` through the API on a
 * fresh copy of the workspace per run (campaign already loaded; the timed call builds the matrix, draws,
 * and writes campaign.json durably). The same seed must give the same draw in both.
 */
export async function runAssign(t: Table, cfg = ASSIGN_CFG): Promise<void> {
  const made = await timed(() => generateAssignWorkspace(cfg.submissions, cfg.experts, cfg.seed))
  const ws = made.value
  try {
    const wb = await openWorkbench(ws.dir, { door: 'bench' })
    const campaign = (await wb.store.campaignShard(ws.campaignId)).data.campaign
    await wb.close()
    const year = new Date().getFullYear()
    const groupNames = Object.fromEntries(DEFAULT_GROUPS.map((g) => [g.id, g.name]))

    const matrixMs: number[] = []
    const drawMs: number[] = []
    let matrix: ConflictMatrix = {}
    let draw: ReturnType<typeof autoAssign> | undefined
    for (let i = 0; i < cfg.runs; i++) {
      const m = await timed(() => conflictMatrix(ws.experts, campaign.submissions, campaign.panel, year, campaign.conflictDecisions))
      matrixMs.push(m.ms)
      matrix = m.value
      const input = { submissions: campaign.submissions, experts: ws.experts, settings: campaign.panel, matrix, seed: cfg.drawSeed, groupNames }
      const d = await timed(() => autoAssign(input))
      drawMs.push(d.ms)
      draw = d.value
    }
    if (!draw?.ok) throw new Error(`autoAssign refused: ${draw?.ok === false ? draw.problems[0]?.message : ''}`)
    const hash = canonicalAssignmentHash(draw.assignments)

    const apiMs: number[] = []
    for (let i = 0; i < cfg.runs; i++) apiMs.push(await apiDraw(ws.dir, ws.campaignId, cfg.drawSeed, hash))

    const pairs = Object.values(matrix)
    const loads = Object.values(draw.load)
    t.head(`Auto-assignment: ${cfg.submissions} submissions × ${cfg.experts} experts, 7 协作组, panel ${campaign.panel.size} (${cfg.runs} runs; ms)`)
    t.line('', 'p50', 'max', 'mean')
    const row = (label: string, s: Summary) => t.line(label, fmt(s.p50), fmt(s.max), fmt(s.mean))
    row(`conflictMatrix (${cfg.submissions * cfg.experts} pairs)`, summarize(matrixMs))
    row(`autoAssign (seed "${cfg.drawSeed}")`, summarize(drawMs))
    row('API assignments.autoAssign (fresh copy per run)', summarize(apiMs))
    t.line(
      `(${pairs.filter((p) => p.status === 'blocked').length} pairs blocked, ${ws.decided} suspected decided 无需回避; ` +
        `load ${Math.min(...loads)}–${Math.max(...loads)}; repairs ${draw.stats.repairs}, balancing moves ${draw.stats.moves}; ` +
        `API draw hash = direct draw hash: yes; workspace generated in ${fmt(made.ms, 0)} ms)`,
    )
  } finally {
    await rm(ws.dir, { recursive: true, force: true })
  }
}

/** One API draw on a fresh copy of the template; checks it produced the same panels as the direct call. */
async function apiDraw(template: string, campaignId: string, seed: string, hash: string): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'wb-bench-assign-run-'))
  try {
    await cp(template, dir, { recursive: true })
    const wb = await openWorkbench(dir, { door: 'bench' })
    try {
      await wb.api['campaigns.get']({ campaignId })
      const r = await timed(async () => await wb.api['assignments.autoAssign']({ campaignId, seed }))
      if (r.value.draws.at(-1)?.resultHash !== hash) throw new Error('the API draw differs from the direct draw with the same seed')
      return r.ms
    } finally {
      await wb.close()
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
