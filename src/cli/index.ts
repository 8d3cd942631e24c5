import { parseArgs } from './args'
import { COMMANDS, CliError, helpText } from './commands'

/** The command-line door to the same API (docs/design/architecture.md). Exit 0 on success, 1 with reasons on failure. */
export async function main(argv: string[], out = (l: string) => console.log(l), err = (l: string) => console.error(l)): Promise<number> {
  const args = parseArgs(argv)
  if (args.positional.length === 0 || args.options.has('help')) {
    out(helpText())
    return args.positional.length === 0 && !args.options.has('help') ? 1 : 0
  }
  const two = args.positional.slice(0, 2).join(' ')
  const command = COMMANDS[two] ?? COMMANDS[args.positional[0]!]
  if (!command) {
    err(`未知命令：${args.positional.join(' ')}\n`)
    err(helpText())
    return 1
  }
  try {
    await command.run(args, out)
    return 0
  } catch (e) {
    err(e instanceof CliError ? `错误：${e.message}` : `错误：${(e as Error).stack ?? String(e)}`)
    return 1
  }
}

const isEntry = process.argv[1] && /src[\\/]cli[\\/]index\.ts$/.test(process.argv[1])
if (isEntry) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
