import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import { openWorkbench } from '../src/core/api/openApi'
import { defaultDeps } from '../src/core/api/shared/deps'
import { loadDocContext } from '../src/core/api/reports/context'
import { buildDemoWorkspace } from '../src/core/demo/buildDemo'
import { buildDiagnosisReportModel, type DiagnosisReportModel } from '../src/core/reports/diagnosis/diagnosisModel'
import { buildDiagnosisView } from '../src/core/reports/diagnosis/diagnosisView'
import { DIAGNOSIS_PARTS, DIAGNOSIS_PART_LABELS } from '../src/core/reports/diagnosis/diagnosisFile'
import { renderDiagnosisDocx } from '../src/core/reports/docx/diagnosisDocx'
import { mulberry32 } from '../src/core/util/prng'

interface Out {
  head: (t: string) => void
  line: (...cells: string[]) => void
}

/** `--docs N` (default 1,000): how many documents each side packs. */
function docCount(argv: readonly string[]): number {
  const i = argv.findIndex((a) => a === '--docs' || a.startsWith('--docs='))
  if (i < 0) return 1000
  const v = Number(argv[i]!.includes('=') ? argv[i]!.slice('--docs='.length) : argv[i + 1])
  if (!Number.isInteger(v) || v < 1) throw new Error('--docs takes a positive whole number')
  return v
}

/** The same model with other numbers: each document's charts differ, as a campaign's do. */
function variant(base: DiagnosisReportModel, i: number): DiagnosisReportModel {
  const rnd = mulberry32(20261129 + i)
  const jitter = (v: number | null) => (v === null ? null : Math.max(0, Math.min(100, Math.round((v + (rnd() - 0.5) * 30) * 10) / 10)))
  return {
    ...base,
    title: `${base.title}（${i + 1}）`,
    overall: { ...base.overall, radar: { ...base.overall.radar, series: base.overall.radar.series.map((s) => ({ ...s, values: s.values.map(jitter) })) } },
    bars: { bars: base.bars.bars.map((b) => ({ ...b, value: jitter(b.value) })) },
  }
}

/** The same text with `docx` alone: plain paragraphs and tables, no charts, none of our layout, its own packing. */
function plainDocx(m: DiagnosisReportModel): Promise<Uint8Array> {
  const p = (t: string) => new Paragraph({ children: [new TextRun(t)] })
  const texts = [m.title, ...m.overview, m.overall.text, ...m.dimensions.flatMap((d) => [d.name, ...d.parts.flatMap((x) => [x.label, x.text])]), m.closing.path, m.closing.conclusion]
  const table = new Table({ rows: m.scoreTable.map((r) => new TableRow({ children: [r.name, r.points, r.pct, r.average].map((c) => new TableCell({ children: [p(c)] })) })) })
  return Packer.pack(new Document({ sections: [{ children: [...texts.map(p), table] }] }), 'uint8array')
}

/**
 * Issue 13: the time to export N 专业建设诊断报告 with their two charts (SVG → PNG with resvg, GB/T layout,
 * deterministic packing), next to the time `docx` alone takes to pack the same text without charts;
 * the ratio is what the charts and our layout cost.
 */
export async function runReportsBench({ head, line }: Out): Promise<void> {
  const n = docCount(process.argv.slice(2))
  const root = await mkdtemp(join(tmpdir(), 'wb-bench-reports-'))
  try {
    const dir = join(root, 'ws')
    const { campaignId } = await buildDemoWorkspace(dir)
    const wb = await openWorkbench(dir, { door: 'bench' })
    const ctx = await loadDocContext(defaultDeps(wb.store), campaignId as never)
    const submissionId = ctx.results.rows.find((r) => r.submittedCount >= 3)!.submission.id
    // every part accepted, as a finished report has them
    const view = buildDiagnosisView(ctx, submissionId)
    const model = buildDiagnosisReportModel(ctx, submissionId)
    const base: DiagnosisReportModel = {
      ...model,
      dimensions: view.profile.dimensions.map((d) => ({
        name: d.name,
        parts: DIAGNOSIS_PARTS.filter((p) => view.parts[d.code]![p].text.trim()).map((p) => ({ label: DIAGNOSIS_PART_LABELS[p], text: view.parts[d.code]![p].text })),
      })),
      closing: { highlights: view.closing.highlights.text, path: view.closing.path.text, conclusion: view.closing.conclusion.text },
    }
    await wb.close()
    const models = Array.from({ length: n }, (_, i) => variant(base, i))
    head(`专业建设诊断报告 × ${n}`)
    let bytesOurs = 0
    const t0 = performance.now()
    for (const m of models) bytesOurs += (await renderDiagnosisDocx(m)).byteLength
    const ours = performance.now() - t0
    let bytesPlain = 0
    const t1 = performance.now()
    for (const m of models) bytesPlain += (await plainDocx(m)).byteLength
    const plain = performance.now() - t1
    line('ours: 2 charts (resvg PNG), GB/T layout, packReport', `${(ours / 1000).toFixed(1)} s`, `  ${(ours / n).toFixed(0)} ms/doc`, `  ${(bytesOurs / n / 1024).toFixed(0)} KB/doc`)
    line('docx alone, same text, no charts', `${(plain / 1000).toFixed(1)} s`, `  ${(plain / n).toFixed(1)} ms/doc`, `  ${(bytesPlain / n / 1024).toFixed(0)} KB/doc`)
    line('ratio (charts and layout cost)', `${(ours / plain).toFixed(1)} ×`)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}
