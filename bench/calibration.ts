import { rm } from 'node:fs/promises'
import { openWorkbench } from '../src/core/api/openApi'
import { agreementReport } from '../src/core/calibration/agreement'
import { campaignMatrices, campaignStats, type CampaignMatrices, type ScoredSheet } from '../src/core/calibration/campaignStats'
import { icc } from '../src/core/calibration/icc'
import { kendallW } from '../src/core/calibration/kendallW'
import { ALPHA_LEVELS, krippendorffAlpha } from '../src/core/calibration/krippendorff'
import { LEVELS } from '../src/core/domain/rubric'
import { allIndicators } from '../src/core/rubric/indicators'
import { diagnosticTemplate } from '../src/core/rubric/templates/diagnostic'
import { entryPoints } from '../src/core/scoring/sheetResult'
import { round } from '../src/core/util/round'
import { mulberry32 } from '../src/core/util/prng'
import { readCampaignSheets } from '../src/cli/stats'
import { generateWorkspace, rubric30 } from './generateWorkspace'
import type { Table } from './intake'
import { fmt, summarize, timed } from './stats'

export const STATS_CFG = { submissions: 1000, experts: 7, panel: 5, seed: 20261129, runs: 5, submittedShare: 0.7 }

/**
 * Sheets of 1,000 submissions × 7 experts × 30 indicators (the 30-indicator diagnostic rubric of the
 * save benchmark), levels drawn from a quality per submission, a severity per expert and noise.
 * `panel` experts per submission (drawn with the seed) score it; `panel = experts` scores everything.
 */
function generateSheets(cfg: typeof STATS_CFG, panel: number): { matrices: CampaignMatrices; sheets: number } {
  const rnd = mulberry32(cfg.seed + panel)
  const rubric = rubric30(diagnosticTemplate)
  const indicators = allIndicators(rubric)
  const experts = Array.from({ length: cfg.experts }, (_, i) => `exp-${i + 1}`)
  const submissions = Array.from({ length: cfg.submissions }, (_, i) => `sub-${String(i + 1).padStart(5, '0')}`)
  const sheets: ScoredSheet[] = []
  for (const submissionId of submissions) {
    const quality = 0.35 + rnd() * 0.6
    const members = [...experts].sort(() => rnd() - 0.5).slice(0, panel)
    for (const expertId of members) {
      const severity = (experts.indexOf(expertId) - (cfg.experts - 1) / 2) * 0.03
      const points: Record<string, number | null> = {}
      let total = 0
      for (const ind of indicators) {
        const q = quality + severity + (rnd() - 0.5) * 0.35
        const level = LEVELS[q > 0.82 ? 0 : q > 0.62 ? 1 : q > 0.4 ? 2 : 3]!
        const p = entryPoints(rubric, ind.points, { level })!
        points[ind.code] = p
        total += p
      }
      sheets.push({ submissionId, expertId, total: round(total, 2), points })
    }
  }
  return { matrices: campaignMatrices(submissions, experts, indicators.map((i) => i.code), sheets), sheets: sheets.length }
}

function timeAll(m: CampaignMatrices, runs: number) {
  const all = [m.totals, ...Object.values(m.byIndicator)]
  const total: number[] = []
  const parts = { icc: [] as number[], w: [] as number[], alpha: [] as number[] }
  let last: ReturnType<typeof campaignStats> | undefined
  for (let r = 0; r < runs; r++) {
    let t0 = performance.now()
    last = campaignStats(m)
    total.push(performance.now() - t0)
    t0 = performance.now()
    for (const x of all) icc(x)
    parts.icc.push(performance.now() - t0)
    t0 = performance.now()
    for (const x of all) kendallW(x)
    parts.w.push(performance.now() - t0)
    t0 = performance.now()
    for (const x of all) for (const l of ALPHA_LEVELS) krippendorffAlpha(x, l)
    parts.alpha.push(performance.now() - t0)
  }
  return { total: summarize(total), icc: summarize(parts.icc), w: summarize(parts.w), alpha: summarize(parts.alpha), last: last! }
}

/**
 * `npm run bench -- --only stats`: every statistic of a campaign of 1,000 submissions × 7 experts ×
 * 30 indicators — the six ICC forms, Kendall's W and alpha at four levels, on the sheet totals and on
 * each of the 30 indicators (31 matrices), plus spread per submission and severity per expert.
 * Missing cells: ICC and W use the subjects every (non-empty) rater scored (listwise deletion); the
 * panels' one-way ICC(1) and alpha use every subject with ≥ 2 ratings. So with panels of 5 of 7 no subject is complete and ICC/W are null with
 * their reason — the complete design (every expert scores every submission) is timed too, as the
 * worst case for ICC/W. Then the same through a generated workspace and the API (as the CLI reads it).
 */
export async function runStatsBench(t: Table, cfg = STATS_CFG): Promise<void> {
  for (const [label, panel] of [
    [`panels of ${cfg.panel} of ${cfg.experts} (sparse: 2 of 7 cells empty per row)`, cfg.panel],
    [`complete: all ${cfg.experts} experts score every submission`, cfg.experts],
  ] as const) {
    const gen = generateSheets(cfg, panel)
    const r = timeAll(gen.matrices, cfg.runs)
    const c = r.last.campaign
    t.head(`All statistics, ${cfg.submissions} submissions × ${cfg.experts} experts × 30 indicators, ${label}; ${gen.sheets} sheets, ${cfg.runs} runs (ms)`)
    t.line('', 'p50', 'max')
    t.line('campaignStats: totals + 30 indicators, every ICC, W, alpha ×4', fmt(r.total.p50), fmt(r.total.max))
    t.line('  timed alone: the six ICC forms × 31 matrices', fmt(r.icc.p50), fmt(r.icc.max))
    t.line("  timed alone: Kendall's W × 31", fmt(r.w.p50), fmt(r.w.max))
    t.line('  timed alone: Krippendorff alpha, each level on its own × 31', fmt(r.alpha.p50), fmt(r.alpha.max))
    t.line(`totals: ICC2 ${c.icc ? fmt(c.icc.ICC2 ?? NaN, 3) : 'null'} (${c.icc?.subjectsUsed ?? 0} subjects used), W ${c.kendallW ? fmt(c.kendallW.W, 3) : 'null'}, alpha interval ${fmt(c.alpha.interval ?? NaN, 3)}`)
    t.line(`  panels' one-way ICC(1) ${fmt(c.iccPanels?.ICC1 ?? NaN, 3)}, ICC(1,k0) ${fmt(c.iccPanels?.ICC1k ?? NaN, 3)} (k0 ${fmt(c.iccPanels?.k0 ?? NaN, 2)}, ${c.iccPanels?.subjectsUsed ?? 0} subjects)`)
    if (c.reasons.icc) t.line(`  ICC null: ${c.reasons.icc.message}`)
  }

  // through a workspace: 1,000 × 7 × 30 with 70 % of sheets submitted, read via the API like the CLI
  const made = await timed(() => generateWorkspace({ submissions: cfg.submissions, experts: cfg.experts, seed: cfg.seed, submittedShare: cfg.submittedShare }))
  const ws = made.value
  try {
    const wb = await openWorkbench(ws.dir, { door: 'bench' })
    try {
      const read = await timed(() => readCampaignSheets(wb.api, ws.campaignId))
      const computed = await timed(() => campaignStats(read.value.matrices))
      const report = await timed(() => agreementReport(read.value.matrices.totals))
      t.head(`The same through a workspace (generated in ${fmt(made.ms, 0)} ms; ${read.value.sheets.length} submitted sheets, drafts are not ratings) (ms)`)
      t.line('read through the API: campaigns.get, sheets.listByExpert ×7, sheets.get per sheet', fmt(read.ms))
      t.line('campaignStats on what was read', fmt(computed.ms))
      t.line('  agreement on the totals alone', fmt(report.ms))
      const c = computed.value.campaign
      t.line(`totals: ICC2 ${c.icc ? fmt(c.icc.ICC2 ?? NaN, 3) : 'null'} (${c.icc?.subjectsUsed ?? 0} of ${cfg.submissions} subjects complete), alpha interval ${fmt(c.alpha.interval ?? NaN, 3)}`)
      t.line(`  panels' one-way ICC(1) ${fmt(c.iccPanels?.ICC1 ?? NaN, 3)} (k0 ${fmt(c.iccPanels?.k0 ?? NaN, 2)}, ${c.iccPanels?.subjectsUsed ?? 0} subjects)`)
    } finally {
      await wb.close()
    }
  } finally {
    await rm(ws.dir, { recursive: true, force: true })
  }
}
