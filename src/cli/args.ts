/** Minimal argv parsing: positionals and `--name value` / `--flag` options. */
export interface ParsedArgs {
  positional: string[]
  options: Map<string, string | true>
}

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = []
  const options = new Map<string, string | true>()
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined]
      const next = argv[i + 1]
      if (inline !== undefined) options.set(name, inline)
      else if (next !== undefined && !next.startsWith('--')) {
        options.set(name, next)
        i++
      } else options.set(name, true)
    } else positional.push(a)
  }
  return { positional, options }
}

export function option(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name)
  return typeof v === 'string' ? v : undefined
}
