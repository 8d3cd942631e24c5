import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { WorkbenchError } from '../../domain/errors'
import type { CampaignId } from '../../domain/ids'
import { DOCUMENT_KINDS, documentStem, type DocumentKind } from '../../reports/documentKinds'
import { convertToPdf, findSoffice, SOFFICE_MISSING } from '../../reports/pdf/soffice'
import { simpleWorkbook } from '../../reports/xlsx/workbook'
import { safeFileName } from '../../util/fileName'
import type { HandlerDeps } from '../shared/deps'
import { loadDocContext } from './context'

export interface ExportedDocument {
  kind: string
  label: string
  school: string
  subject: string
  fileName: string
  pdf: string | null
}

export interface ReportsExportResult {
  /** the folder the files were written to */
  dir: string
  documents: ExportedDocument[]
  /** the .xlsx summary beside them */
  summary: string
  pdf: { requested: boolean; available: boolean; converted: number; message: string }
}

/** A unique, safe file name: 学校-专业-文书名.docx, then (2), (3) … for repeats. */
function uniqueName(stem: string, taken: Set<string>, ext: string): string {
  const base = safeFileName(stem).slice(0, 110)
  let name = `${base}${ext}`
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}(${i})${ext}`
  taken.add(name.toLowerCase())
  return name
}

/** Campaigns (store root + id) whose batch export runs now. */
const running = new Set<string>()

/** 2026-11-29T22:51:07.123Z → 20261129-225107: the export folder inside the workspace. */
const stamp = (iso: string) => iso.slice(0, 19).replace(/[-:]/g, '').replace('T', '-')

/**
 * Every document of a campaign in one go (issue 13 "Batch"), as a task: one .docx per document of each
 * kind that applies, an .xlsx summary (文书清单) beside them, and on request a PDF of each through
 * LibreOffice. Cancelling stops between documents; what was written stays, and the summary is not
 * written (the folder is then incomplete and says so by its missing 文书清单).
 * One export per campaign at a time: a second one (a double click, a second window) started within the
 * same second would write the same files into the same folder, and is refused while the first runs.
 */
export function startExportAll(
  deps: HandlerDeps,
  input: { campaignId: CampaignId; kinds?: string[]; pdf?: boolean; outDir?: string },
) {
  const kinds = DOCUMENT_KINDS.filter((k) => !input.kinds || input.kinds.includes(k.id))
  if (input.kinds) {
    const unknown = input.kinds.filter((id) => !DOCUMENT_KINDS.some((k) => k.id === id))
    if (unknown.length) throw new WorkbenchError('INVALID_INPUT', `未知的文书类型：${unknown.join('、')}。可选：${DOCUMENT_KINDS.map((k) => `${k.id}（${k.label}）`).join('、')}。`)
  }
  const key = `${deps.store.root}\u0000${input.campaignId}`
  if (running.has(key)) throw new WorkbenchError('CONFLICT', '本评审活动的文书正在导出，请等本次导出完成后再导出。')
  running.add(key)
  try {
    return deps.tasks.start('reports.exportAll', '正在准备导出…', (ctx) => exportAll(deps, input, kinds, ctx).finally(() => running.delete(key)))
  } catch (e) {
    running.delete(key)
    throw e
  }
}

async function exportAll(
  deps: HandlerDeps,
  input: { campaignId: CampaignId; pdf?: boolean; outDir?: string },
  kinds: readonly DocumentKind[],
  { signal, progress }: { signal: AbortSignal; progress: (done: number, total: number, label?: string) => void },
): Promise<ReportsExportResult> {
  const ctx = await loadDocContext(deps, input.campaignId)
  const dir = input.outDir ? resolve(input.outDir) : join(deps.store.root, 'reports', input.campaignId, stamp(ctx.exportedAt))
  await mkdir(dir, { recursive: true })
  const jobs: Array<{ kind: DocumentKind; key: string; school: string; subject: string; stem: string }> = []
  for (const kind of kinds) {
    if (!kind.appliesTo(ctx.campaign)) continue
    for (const d of kind.list(ctx)) jobs.push({ kind, key: d.key, school: d.school, subject: d.subject, stem: documentStem(kind, d) })
  }
  const taken = new Set<string>()
  const documents: ExportedDocument[] = []
  const summaryRows: Array<Array<string | number>> = []
  const steps = jobs.length + (input.pdf ? 1 : 0) + 1
  for (const [i, job] of jobs.entries()) {
    if (signal.aborted) throw new WorkbenchError('CONFLICT', `导出已取消：已写出 ${documents.length} 份文书。`)
    progress(i, steps, `正在生成 ${job.stem}（${i + 1}/${jobs.length}）`)
    const fileName = uniqueName(job.stem, taken, '.docx')
    await writeFile(join(dir, fileName), await job.kind.render(ctx, job.key))
    const s = job.kind.summary?.(ctx, job.key)
    documents.push({ kind: job.kind.id, label: job.kind.label, school: job.school, subject: job.subject, fileName, pdf: null })
    summaryRows.push([documents.length, job.school, job.subject, job.kind.label, fileName, s?.total ?? '', s?.outcome ?? ''])
  }
  const soffice = input.pdf ? findSoffice() : null
  let converted = 0
  if (input.pdf && soffice) {
    progress(jobs.length, steps, `正在转换 PDF（${documents.length} 份）`)
    const pdfs = await convertToPdf(soffice, documents.map((d) => join(dir, d.fileName)), dir, signal).catch((e: Error) => {
      if (signal.aborted) throw new WorkbenchError('CONFLICT', `导出已取消：已写出 ${documents.length} 份文书，PDF 未全部生成。`)
      throw new WorkbenchError('INTERNAL', `LibreOffice 转换 PDF 失败：${e.message}`)
    })
    for (const d of documents) {
      const pdf = d.fileName.replace(/\.docx$/, '.pdf')
      if (pdfs.some((p) => p.endsWith(pdf))) {
        d.pdf = pdf
        converted++
      }
    }
  }
  progress(steps - 1, steps, '正在写出文书清单')
  const summary = uniqueName(`${safeFileName(ctx.campaign.name)}-文书清单`, taken, '.xlsx')
  await writeFile(
    join(dir, summary),
    await simpleWorkbook('文书清单', ['序号', '学校', '专业/对象', '文书', '文件名', '总分', '结果'], summaryRows, new Date(ctx.exportedAt)),
  )
  progress(steps, steps, `已导出 ${documents.length} 份文书`)
  return {
    dir,
    documents,
    summary,
    pdf: {
      requested: input.pdf === true,
      available: !input.pdf || soffice !== null,
      converted,
      message: !input.pdf ? '' : soffice ? `已生成 ${converted} 份 PDF。` : SOFFICE_MISSING,
    },
  } satisfies ReportsExportResult
}
