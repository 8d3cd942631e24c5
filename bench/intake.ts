import { rm } from 'node:fs/promises'
import { probeColdCache } from './intakeCache'
import { writeMaterials } from './intakeMaterials'
import { materialsMeasures, timeMaterials } from './intakeMaterialsTime'
import { timeRoster, writeRosterFiles } from './intakeRoster'
import { fmt, timed } from './stats'

/** The printer of bench/index.ts: a title, then label + right-aligned columns. */
export interface Table {
  head: (title: string) => void
  line: (label: string, ...cols: string[]) => void
}

export const INTAKE_CFG = { rosterRows: 1000, rosterRuns: 5, files: 200, materialsMB: 300, materialRounds: 3, seed: 20261128 }

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
const mbps = (bytes: number, ms: number) => fmt(bytes / 1048576 / (ms / 1000), 0)

/** Roster import of 1,000 rows (xlsx and csv) through the API; materials import against sha256sum. */
export async function runIntake(t: Table, cfg = INTAKE_CFG): Promise<void> {
  const roster = await writeRosterFiles(cfg.rosterRows, cfg.seed)
  try {
    t.head(`Roster import: 申报汇总表 of ${cfg.rosterRows} rows, median of ${cfg.rosterRuns} (API on a fresh workspace per run; ms)`)
    t.line('', 'read', 'map', 'preview', 'import', 'rows/s')
    for (const [fmtName, path] of [['xlsx', roster.xlsx], ['csv', roster.csv]] as const) {
      const r = await timeRoster(path, cfg.rosterRows, cfg.rosterRuns)
      t.line(`.${fmtName} (${kb(r.bytes)}): readRosterTable, mapRoster, API`, fmt(r.readMs), fmt(r.mapMs), fmt(r.previewMs), fmt(r.importMs), fmt(cfg.rosterRows / (r.importMs / 1000), 0))
    }
    t.line('(preview and import each read and map the whole file; rows/s is of roster.import)')
  } finally {
    await rm(roster.dir, { recursive: true, force: true })
  }

  const made = await timed(() => writeMaterials(cfg.files, cfg.materialsMB, cfg.seed))
  const set = made.value
  try {
    const probe = await probeColdCache(set.files, set.bytes)
    const mb = (n: number) => (n / 1048576).toFixed(1)
    t.head(
      `Materials import: ${set.files.length} PDFs of 50 KB–5 MB, ${mb(set.bytes)} MB; STORED zip ${mb(set.zipBytes)} MB (${set.zipTool}); ` +
        `median of ${cfg.materialRounds}, interleaved`,
    )
    t.line(`page cache: ${probe.note}`)
    const res = await timeMaterials(set, cfg.materialRounds, probe.cold)
    const base = res.sha256sum!
    const modes = probe.cold ? (['cold', 'warm'] as const) : (['warm'] as const)
    t.line('', ...modes.flatMap((m) => [`${m} ms`, `${m} MB/s`, '× time']))
    for (const m of materialsMeasures(set)) {
      const r = res[m.key]!
      t.line(m.label, ...modes.flatMap((mode) => [fmt(r[mode], 0), mbps(set.bytes, r[mode]), `${fmt(r[mode] / base[mode], 2)}×`]))
    }
    t.line('(× time: time ÷ sha256sum time over the same files; MB/s of the file bytes, the zip included)')
    t.line(`(test data written in ${fmt(made.ms, 0)} ms)`)
  } finally {
    await rm(set.dir, { recursive: true, force: true })
  }
}
