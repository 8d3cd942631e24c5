import { isAbsolute, resolve } from 'node:path'

/**
 * The file kinds a launch (or a second launch) may hand the app: an expert package and a score package
 * (defined by the packages work; only their extensions matter here).
 */
export const PACKAGE_EXTENSIONS = ['.wbexp', '.wbscore'] as const

export interface LaunchRequest {
  /** `--workspace DIR` (or `--workspace=DIR`) */
  workspace?: string
  /** the last argument naming a package file, resolved against the launching process's folder */
  file?: string
}

/**
 * What a command line asks for (issue 15: the first launch, and the argv a second launch hands over in
 * `second-instance`). Chromium's own switches (`--allow-file-access-from-files`, …) and the executable
 * or app folder are ignored; only a path with a package extension counts as a file. Pure: no file
 * system, so a test pins every case.
 */
export function parseLaunchArgs(argv: readonly string[], cwd: string): LaunchRequest {
  const out: LaunchRequest = {}
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p))
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--workspace') {
      const next = argv[i + 1]
      if (next !== undefined && !next.startsWith('--')) {
        out.workspace = abs(next)
        i++
      }
    } else if (a.startsWith('--workspace=')) {
      const v = a.slice('--workspace='.length)
      if (v) out.workspace = abs(v)
    } else if (!a.startsWith('-') && isPackageFile(a)) {
      out.file = abs(a)
    }
  }
  return out
}

export function isPackageFile(path: string): boolean {
  const lower = path.toLowerCase()
  return PACKAGE_EXTENSIONS.some((ext) => lower.endsWith(ext))
}

/**
 * The hook the package import attaches to (the packages work): main calls it with a package file a
 * launch, a second launch or the OS (macOS open-file) handed over. Without a handler the user is told
 * plainly that this version cannot import packages yet.
 */
export type PackageFileHandler = (file: string) => Promise<void>
let packageHandler: PackageFileHandler | null = null

export function setPackageFileHandler(handler: PackageFileHandler | null): void {
  packageHandler = handler
}

export function packageFileHandler(): PackageFileHandler | null {
  return packageHandler
}

export const NO_PACKAGE_HANDLER_MESSAGE = '这个版本还不能导入评审包（.wbexp / .wbscore）。请升级工作台后再打开该文件。'
