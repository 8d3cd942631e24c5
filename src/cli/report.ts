import { resolve } from 'node:path'
import { DOCUMENT_KINDS } from '../core/reports/documentKinds'
import type { ParsedArgs } from './args'
import { CliError } from './cliError'
import { requireOption, withWorkspace, type CliCommand } from './commands'

const KIND_LIST = DOCUMENT_KINDS.map((k) => `${k.id}（${k.label}）`).join('、')

/**
 * `report <kind> --workspace DIR --campaign ID --out DIR [--pdf]` and `report all …`: the batch export
 * task of the API (reports.exportAll) with its progress printed, one line per 10 %.
 */
export const reportCommand: CliCommand = {
  usage: 'report <文书类型|all> --workspace DIR --campaign ID --out DIR [--pdf]',
  summary: `导出一个评审活动的文书（${KIND_LIST}，all 为全部）及文书清单 .xlsx；--pdf 另存 PDF（需安装 LibreOffice）`,
  run: (args: ParsedArgs, out) =>
    withWorkspace(args, async (api) => {
      const which = args.positional[1]
      if (!which) throw new CliError(`请给出文书类型：report <类型|all>；可选：${KIND_LIST}`)
      if (which !== 'all' && !DOCUMENT_KINDS.some((k) => k.id === which)) throw new CliError(`未知的文书类型「${which}」；可选：${KIND_LIST}、all`)
      const campaignId = requireOption(args, 'campaign')
      const outDir = resolve(requireOption(args, 'out'))
      const pdf = args.options.has('pdf')
      let t = await api['reports.exportAll']({ campaignId, kinds: which === 'all' ? undefined : [which], pdf, outDir })
      let last = -10
      while (t.state === 'running') {
        await new Promise((r) => setTimeout(r, 200))
        const next = await api['tasks.get']({ taskId: t.id })
        if (next.kind !== 'reports.exportAll') throw new CliError('任务类型不符')
        t = next
        const pct = t.total ? Math.floor((100 * t.done) / t.total) : 0
        if (pct >= last + 10) {
          out(`  ${pct}%  ${t.label}`)
          last = pct
        }
      }
      if (t.state !== 'done' || !t.result) throw new CliError(t.error?.message ?? '导出未完成')
      const r = t.result
      for (const d of r.documents) out(`${d.fileName}${d.pdf ? `  ${d.pdf}` : ''}`)
      out(`文书清单：${r.summary}`)
      if (r.pdf.message) out(r.pdf.message)
      out(`共导出 ${r.documents.length} 份文书到 ${r.dir}`)
    }),
}
