import { copyFile, rm } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { ApiError } from '../core/api/client'
import type { WorkbenchApi } from '../core/api/contract'
import { openWorkbench, type OpenedWorkbench } from '../core/api/openApi'
import { taskOfKind } from '../core/api/taskView'
import { WorkbenchError } from '../core/domain/errors'
import { openExpertPackage } from '../core/packages/openExpertPackage'
import { packageKindOf, verifyPackage } from '../core/packages/verifyPackage'
import { option, type ParsedArgs } from './args'
import { CliError } from './cliError'
import type { CliCommand } from './commands'

/** Passphrases come from the environment, never from argv (which other local users can read in ps). */
export const PASSPHRASE_ENV = 'WORKBENCH_PASSPHRASE'

function passphrase(): string {
  const p = process.env[PASSPHRASE_ENV]
  if (!p) throw new CliError(`请在环境变量 ${PASSPHRASE_ENV} 中给出签名口令（不在命令行参数中给出，以免被其他用户看到）。`)
  return p
}

function need(args: ParsedArgs, name: string): string {
  const v = option(args, name)
  if (!v) throw new CliError(`缺少参数 --${name}`)
  return v
}

function words(e: unknown): CliError {
  if (e instanceof ApiError || e instanceof WorkbenchError) return new CliError(`${e.message}（${e.code}）`)
  return e instanceof CliError ? e : new CliError((e as Error).message)
}

async function withWb<T>(args: ParsedArgs, fn: (api: WorkbenchApi, wb: OpenedWorkbench) => Promise<T>): Promise<T> {
  const wb = await openWorkbench(need(args, 'workspace'), { door: 'CLI' }).catch((e: Error) => {
    throw new CliError(e.message)
  })
  try {
    return await fn(wb.api, wb)
  } catch (e) {
    throw words(e)
  } finally {
    await wb.close()
  }
}

/** Moves a package the API wrote inside the workspace to where the user asked (copy, then remove). */
async function deliver(from: string, out: string | undefined): Promise<string> {
  if (!out) return from
  const to = resolve(out)
  await copyFile(from, to)
  await rm(from, { force: true })
  return to
}

/** The offline round trip on the command line (issue 11). */
export const PACKAGE_COMMANDS: Record<string, CliCommand> = {
  'package export': {
    usage: 'package export --workspace DIR --campaign ID --expert ID [--days 30] [--out FILE.wbexp]',
    summary: `导出一位专家的评审包（签名口令取自环境变量 ${PASSPHRASE_ENV}）`,
    run: (args, out) =>
      withWb(args, async (api) => {
        const days = option(args, 'days')
        let t = await api['packages.exportExpert']({ campaignId: need(args, 'campaign'), expertId: need(args, 'expert'), passphrase: passphrase(), ...(days ? { validDays: Number(days) } : {}) })
        let last = -10
        while (t.state === 'running') {
          await new Promise((r) => setTimeout(r, 200))
          t = taskOfKind(await api['tasks.get']({ taskId: t.id }), 'packages.exportExpert')
          const pct = t.total ? Math.floor((100 * t.done) / t.total) : 0
          if (pct >= last + 10) out(`  ${(last = pct)}%`)
        }
        if (t.state !== 'done' || !t.result) throw new CliError(t.error?.message ?? '导出未完成')
        const path = await deliver(t.result.path, option(args, 'out'))
        out(`已导出评审包：${path}（${t.result.bytes} 字节，序号 ${t.result.sequence}，有效期至 ${t.result.expiresAt.slice(0, 10)}）`)
      }),
  },
  'package open': {
    usage: 'package open FILE.wbexp --workspace DIR',
    summary: '专家打开评审包：校验后在 DIR（新的或空的文件夹）中建立专家工作区',
    run: async (args, out) => {
      const file = args.positional[2]
      if (!file) throw new CliError('请给出评审包文件：package open FILE.wbexp')
      try {
        const r = await openExpertPackage(resolve(file), need(args, 'workspace'), { label: basename(file), now: new Date() })
        out(`专家工作区已建立：${r.root}（${r.submissions} 项申报，${r.materials} 个材料文件；秘书处密钥指纹 ${r.info.secretariat.fingerprint}）`)
      } catch (e) {
        throw words(e)
      }
    },
  },
  'package scores': {
    usage: 'package scores --workspace DIR [--out FILE.wbscore]',
    summary: `专家导出评分包：已提交的评分表，用专家密钥签名（口令取自 ${PASSPHRASE_ENV}）`,
    run: (args, out) =>
      withWb(args, async (api) => {
        const r = await api['packages.exportScores']({ passphrase: passphrase() })
        out(`已导出评分包：${await deliver(r.path, option(args, 'out'))}（${r.sheets} 份评分表，序号 ${r.sequence}）`)
      }),
  },
  'package import': {
    usage: 'package import FILE.wbscore --workspace DIR [--confirm 指纹]',
    summary: '秘书处导入评分包；首次收到某位专家的密钥时，须与专家核对指纹后用 --confirm 确认',
    run: (args, out) =>
      withWb(args, async (api) => {
        const file = args.positional[2]
        if (!file) throw new CliError('请给出评分包文件：package import FILE.wbscore')
        const confirm = option(args, 'confirm')
        const r = await api['packages.importScores']({ source: { path: resolve(file) }, ...(confirm ? { confirmFingerprint: confirm } : {}) })
        if (r.registeredKey) out(`已登记专家 ${r.expertName} 的公钥（指纹 ${r.fingerprint}）。`)
        for (const s of r.sheets) out(`${s.applied ? '已导入' : '未改动'}\t${s.submissionId}\t第 ${s.submittedVersion} 版`)
        out(r.outcome === 'unchanged' ? '该评分包此前已导入，本次未作任何改动。' : `已导入专家 ${r.expertName} 的第 ${r.sequence} 个评分包。`)
      }),
  },
  'package status': {
    usage: 'package status --workspace DIR --campaign ID',
    summary: '回收情况：每位专家已收回、未收回的评分表与评分包时间',
    run: (args, out) =>
      withWb(args, async (api) => {
        for (const r of await api['packages.status']({ campaignId: need(args, 'campaign') })) {
          const got = r.lastReceived ? `评分包第 ${r.lastReceived.sequence} 个 ${r.lastReceived.receivedAt}` : '未收到评分包'
          out(`${r.name}\t${r.returned}/${r.assigned}\t${got}${r.missing.length ? `\t未收回：${r.missing.join('、')}` : ''}`)
        }
      }),
  },
}

/** `verify FILE` for packages; other kinds (signed .docx reports) register beside it. */
export const PACKAGE_VERIFIER = {
  accepts: (path: string) => packageKindOf(path) !== undefined,
  async run(path: string, workspace: string | undefined, out: (l: string) => void): Promise<boolean> {
    const wb = workspace ? await openWorkbench(workspace, { door: 'CLI' }).catch((e: Error) => Promise.reject(new CliError(e.message))) : undefined
    try {
      const v = await verifyPackage(resolve(path), { store: wb?.store })
      for (const l of v.lines) out(l)
      return v.ok
    } catch (e) {
      out(`未通过验证：${(e as Error).message}`)
      return false
    } finally {
      await wb?.close()
    }
  },
}

export const VERIFY_COMMAND: CliCommand = {
  usage: 'verify FILE [--workspace DIR]',
  summary: '验证评审包/评分包是否真实、未被改动，谁签署、何时签署；仅在通过时以 0 退出',
  run: async (args, out) => {
    const file = args.positional[1]
    if (!file) throw new CliError('请给出要验证的文件：verify FILE')
    const verifiers = [PACKAGE_VERIFIER]
    const v = verifiers.find((x) => x.accepts(file))
    if (!v) throw new CliError(`不支持验证「${basename(file)}」这种文件。`)
    if (!(await v.run(file, option(args, 'workspace'), out))) throw new CliError('验证未通过。')
  },
}
