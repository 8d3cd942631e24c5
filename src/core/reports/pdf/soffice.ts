import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * PDF beside the .docx where LibreOffice is installed (issue 13: the committee circulates PDF). One
 * soffice call converts a whole batch (≈1.5 s start-up each call), with an isolated profile so it does
 * not collide with a LibreOffice the user has open, and the project's fontconfig aliases for the GB
 * font names on Linux (resources/fonts/fonts.conf).
 */

const CANDIDATES = [
  'soffice',
  'libreoffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
]

let found: string | null | undefined

/** The soffice binary, or null where LibreOffice is not installed (looked up once). */
export function findSoffice(): string | null {
  if (found !== undefined) return found
  found = null
  for (const c of CANDIDATES) {
    if (c.includes('/') || c.includes('\\')) {
      if (existsSync(c)) return (found = c)
      continue
    }
    const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', [c], { encoding: 'utf8' })
    if (r.status === 0 && r.stdout.trim()) return (found = r.stdout.trim().split(/\r?\n/)[0]!)
  }
  return found
}

export const SOFFICE_MISSING = '本机未安装 LibreOffice（soffice），无法生成 PDF；已只导出 Word 文件。安装 LibreOffice 后可再次导出 PDF。'

function fontsConf(): string | undefined {
  const resources = (process as { resourcesPath?: string }).resourcesPath
  return [join(process.cwd(), 'resources/fonts/fonts.conf'), resources ? join(resources, 'fonts/fonts.conf') : ''].find((p) => p && existsSync(p))
}

/**
 * Converts .docx files (absolute paths) to PDF in `outDir`. Resolves with the PDF paths that exist
 * afterwards; rejects on a failed run; kills soffice when `signal` aborts.
 */
export function convertToPdf(soffice: string, files: readonly string[], outDir: string, signal?: AbortSignal): Promise<string[]> {
  if (files.length === 0) return Promise.resolve([])
  const profile = mkdtempSync(join(tmpdir(), 'wb-lo-'))
  const conf = fontsConf()
  return new Promise<string[]>((resolve, reject) => {
    const child = spawn(soffice, [`-env:UserInstallation=file://${profile.replace(/\\/g, '/')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      env: conf && process.platform === 'linux' ? { ...process.env, FONTCONFIG_FILE: conf } : process.env,
      stdio: 'ignore',
    })
    const abort = () => child.kill('SIGKILL')
    signal?.addEventListener('abort', abort, { once: true })
    const timer = setTimeout(abort, 120_000 + 5_000 * files.length)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', abort)
      rmSync(profile, { recursive: true, force: true })
      if (signal?.aborted) return reject(new Error('cancelled'))
      const pdfs = files.map((f) => join(outDir, f.replace(/^.*[\\/]/, '').replace(/\.docx$/i, '.pdf'))).filter((p) => existsSync(p))
      if (code !== 0 && pdfs.length === 0) return reject(new Error(`soffice exited with ${code}`))
      resolve(pdfs)
    })
  })
}
