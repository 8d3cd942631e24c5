import { basename } from 'node:path'
import { openWorkbench } from '../core/api/openApi'
import { readRegularFile } from '../core/intake/files'
import { WorkbenchError } from '../core/domain/errors'
import { verifyFile, type VerifyAgainst } from '../core/signing/verifiers'
import { option, type ParsedArgs } from './args'
import { CliError } from './cliError'
import { VERIFY_COMMAND } from './packageCommands'

const MAX_FILE = 200 * 1024 * 1024

/**
 * `verify FILE [--workspace DIR]` (issue 11): whether a signed document (or, once packages add their
 * verifier, a package) is authentic and unmodified, who signed it and when. Exit 0 only then. With
 * --workspace, also that this workspace's key sealed it and the signer's key is in its roster.
 */
export const verifyCommand = {
  usage: 'verify FILE [--workspace DIR]',
  summary: '核验签署的文书（.docx）或评审包/评分包：是否真实、未被改动，由谁于何时签署；仅在通过时以 0 退出',
  run: async (args: ParsedArgs, out: (line: string) => void): Promise<void> => {
    const file = args.positional[1]
    if (!file) throw new CliError('请给出要核验的文件：verify FILE')
    // packages (评审包/评分包) have their own verifier
    if (!/\.docx$/i.test(file)) return VERIFY_COMMAND.run(args, out)
    let against: VerifyAgainst | undefined
    const dir = option(args, 'workspace')
    if (dir) {
      const wb = await openWorkbench(dir, { door: 'CLI' }).catch((e: Error) => {
        throw new CliError(e.message)
      })
      try {
        const status = await wb.api['keys.status']({})
        against = { workspacePublicKey: status.workspace?.publicKey, experts: await wb.api['experts.list']({}) }
      } finally {
        await wb.close()
      }
    }
    try {
      const bytes = await readRegularFile(file, basename(file), MAX_FILE, () => new CliError(`文件 ${file} 过大，不是工作台生成的文书。`))
      const report = await verifyFile(bytes, basename(file), against)
      for (const l of report.lines) out(l)
      if (!report.ok) throw new CliError(['未通过核验：', ...report.problems.map((p) => `  ${p}`)].join('\n'))
      out(`核验通过：文书真实、未被改动${report.thisWorkspace ? '，由本工作区签章' : ''}。`)
    } catch (e) {
      if (e instanceof WorkbenchError) throw new CliError(e.message)
      throw e
    }
  },
}
