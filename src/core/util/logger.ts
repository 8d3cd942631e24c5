/** A named logger (docs/design/style.md: createLogger('module') rather than bare console calls). */
export function createLogger(module: string) {
  const quiet = typeof process !== 'undefined' && process.env.WORKBENCH_QUIET === '1'
  return {
    info: (msg: string, ...rest: unknown[]) => {
      if (!quiet) console.info(`[${module}] ${msg}`, ...rest)
    },
    warn: (msg: string, ...rest: unknown[]) => console.warn(`[${module}] ${msg}`, ...rest),
    error: (msg: string, ...rest: unknown[]) => console.error(`[${module}] ${msg}`, ...rest),
  }
}
