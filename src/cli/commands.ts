import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { openWorkbench, type OpenedWorkbench } from '../core/api/openApi'
import { ApiError } from '../core/api/client'
import type { WorkbenchApi } from '../core/api/contract'
import { buildDemoWorkspace } from '../core/demo/buildDemo'
import { option, type ParsedArgs } from './args'
import { statsCommand } from './stats'
import { verifyCommand } from './verify'
import { PACKAGE_COMMANDS } from './packageCommands'
import { taskOfKind } from '../core/api/taskView'
import { reportCommand } from './report'

import { CliError } from './cliError'
export { CliError }

export interface CliCommand {
  usage: string
  summary: string
  run: (args: ParsedArgs, out: (line: string) => void) => Promise<void>
}

/** A refusal from the core as the CLI prints it: the message, the code, and every issue listed. */
function cliError(e: ApiError): CliError {
  const details = (e.issues ?? []).slice(0, 50).map((i) => `  ${i.path}：${i.message}`)
  return new CliError([`${e.message}（${e.code}）`, ...details].join('\n'))
}

/** `school=申报单位,program=专业名称` → mapping */
function parseMapping(text: string | undefined): Record<string, string> | undefined {
  if (!text) return undefined
  return Object.fromEntries(text.split(',').map((kv) => kv.split('=', 2).map((x) => x.trim()) as [string, string]))
}

export function requireOption(args: ParsedArgs, name: string): string {
  const v = option(args, name)
  if (!v) throw new CliError(`缺少参数 --${name}`)
  return v
}

/** Opens the workspace and hands the command the typed client (the same one the renderer uses). */
export async function withWorkspace<T>(args: ParsedArgs, fn: (api: WorkbenchApi, wb: OpenedWorkbench) => Promise<T>): Promise<T> {
  const wb = await openWorkbench(requireOption(args, 'workspace'), { door: 'CLI' }).catch((e: Error) => {
    throw new CliError(e.message)
  })
  try {
    return await fn(wb.api, wb)
  } catch (e) {
    throw e instanceof ApiError ? cliError(e) : e
  } finally {
    await wb.close()
  }
}

export const COMMANDS: Record<string, CliCommand> = {
  'import roster': {
    usage: 'import roster FILE --workspace DIR --campaign ID [--valid-only] [--map school=列名,...]',
    summary: '导入申报汇总表（.xlsx/.csv）；有问题时列出每一处并以非零状态退出',
    run: (args, out) =>
      withWorkspace(args, async (api) => {
        const file = args.positional[2]
        if (!file) throw new CliError('请给出申报汇总表文件：import roster FILE')
        const campaignId = requireOption(args, 'campaign')
        const mapping = parseMapping(option(args, 'map'))
        const mode = args.options.has('valid-only') ? 'validOnly' : 'all'
        const r = await api['roster.import']({ campaignId, source: { path: resolve(file) }, mapping, mode })
        for (const p of r.problems) out(`跳过 第 ${p.row} 行 ${p.column}：${p.message}`)
        out(`已导入 ${r.imported} 条申报${r.skippedRows ? `，跳过 ${r.skippedRows} 行` : ''}。`)
      }),
  },
  'import materials': {
    usage: 'import materials PATH --workspace DIR --campaign ID [--submission ID] [--rule schoolProgram|submissionId]',
    summary: '导入申报材料（.zip 或文件夹）；被拒绝时说明原因并以非零状态退出',
    run: (args, out) =>
      withWorkspace(args, async (api) => {
        const path = args.positional[2]
        if (!path) throw new CliError('请给出材料压缩包或文件夹：import materials PATH')
        const campaignId = requireOption(args, 'campaign')
        const submissionId = option(args, 'submission')
        const rule = option(args, 'rule') as 'schoolProgram' | 'submissionId' | undefined
        const task = await api['materials.import']({ campaignId, source: { path: resolve(path) }, submissionId, rule })
        let last = -1
        let t = task
        while (t.state === 'running') {
          await new Promise((r) => setTimeout(r, 200))
          t = taskOfKind(await api['tasks.get']({ taskId: task.id }), 'materials.import')
          const pct = t.total ? Math.floor((100 * t.done) / t.total) : 0
          if (pct >= last + 10) {
            out(`  ${pct}%`)
            last = pct
          }
        }
        if (t.state !== 'done') throw new CliError(t.error?.message ?? '导入未完成')
        const r = t.result
        if (!r) throw new CliError('导入未完成')
        for (const s of r.skipped) out(`跳过 ${s.path}：${s.message}`)
        for (const u of r.unmatched) out(`未匹配到申报：${u}`)
        out(`已导入 ${r.attached} 个材料文件。`)
      }),
  },
  demo: {
    usage: 'demo <DIR>',
    summary: '在空文件夹 DIR 中生成一个新的演示工作区',
    run: async (args, out) => {
      const dir = args.positional[1]
      if (!dir) throw new CliError('请给出演示工作区的文件夹：demo <DIR>')
      const entries = await readdir(dir).catch(() => [] as string[])
      if (entries.length > 0) throw new CliError(`文件夹 ${dir} 不是空的；为避免覆盖已有数据，请给一个空文件夹。`)
      const { campaignId } = await buildDemoWorkspace(dir)
      out(`演示工作区已生成：${resolve(dir)}（评审活动 ${campaignId}）`)
    },
  },
  campaigns: {
    usage: 'campaigns --workspace DIR',
    summary: '列出评审活动：每行一个，依次为编号、评审类型、名称',
    run: (args, out) =>
      withWorkspace(args, async (api) => {
        for (const c of await api['campaigns.list']({})) {
          out(`${c.id}\t${c.kind}\t${c.damaged ? `（损坏）${c.damaged}` : c.name}`)
        }
      }),
  },
  'report sheets': {
    usage: 'report sheets --workspace DIR --out DIR [--campaign ID]',
    summary: '为每一份已提交的评分表导出一份专家评分表 .docx',
    run: (args, out) =>
      withWorkspace(args, async (api) => {
        const outDir = resolve(requireOption(args, 'out'))
        await mkdir(outDir, { recursive: true })
        const only = option(args, 'campaign')
        // issue 11: with WORKBENCH_PASSPHRASE set, the secretariat's key seals the documents (verifiable with `verify`)
        const passphrase = process.env.WORKBENCH_PASSPHRASE
        if (passphrase) await api['keys.unlockWorkspace']({ passphrase })
        let count = 0
        for (const c of await api['campaigns.list']({})) {
          if (c.damaged || (only && c.id !== only)) continue
          const campaign = await api['campaigns.get']({ campaignId: c.id })
          for (const expertId of campaign.expertIds) {
            for (const row of await api['sheets.listByExpert']({ campaignId: c.id, expertId })) {
              if (row.status !== 'submitted') continue
              const file = await api['reports.scoreSheet']({ campaignId: c.id, expertId, submissionId: row.submission.id })
              const path = join(outDir, file.fileName)
              await writeFile(path, Buffer.from(file.base64, 'base64'))
              out(path)
              count++
            }
          }
        }
        out(`共导出 ${count} 份专家评分表。`)
      }),
  },
  stats: statsCommand,
  // ---- issue 12: audit chain check ----
  'audit verify': {
    usage: 'audit verify --workspace DIR',
    summary: '校验每个评审活动的审计日志（哈希链与链头）；有断裂或截断时指出第一处并以非零状态退出',
    run: (args, out) =>
      withWorkspace(args, async (api) => {
        const checks = await api['audit.verify']({})
        const broken = checks.filter((c) => !c.verdict.ok)
        for (const c of checks) {
          const label = `${c.campaignId}\t${c.name ?? '（评审活动文件无法读取）'}`
          out(c.verdict.ok ? `完好\t${label}\t共 ${c.verdict.count} 条记录` : `${c.verdict.truncated ? '截断' : '断裂'}\t${label}\t第 ${c.verdict.line} 条：${c.verdict.reason}`)
        }
        if (broken.length) throw new CliError(`${broken.length} 个评审活动的审计日志未通过校验`)
        out(`全部 ${checks.length} 个评审活动的审计日志校验通过。`)
      }),
  },
  // ---- issue 11: offline round trip (packages) and verify ----
  ...PACKAGE_COMMANDS,
  // a .docx goes to the document verifier (verify.ts), a package to VERIFY_COMMAND (packageCommands.ts)
  verify: verifyCommand,
  // issue 13: every document kind, and `report all`
  report: reportCommand,
}

export function helpText(): string {
  const lines = ['专家评审工作台 命令行', '', '用法：npm run cli -- <命令> [参数]', '', '命令：']
  for (const c of Object.values(COMMANDS)) lines.push(`  ${c.usage.padEnd(58)} ${c.summary}`)
  return lines.join('\n')
}
