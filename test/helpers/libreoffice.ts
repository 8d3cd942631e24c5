import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// import.meta, not __dirname: Playwright loads the E2E specs (and this helper with them) as ES modules
const root = fileURLToPath(new URL('../..', import.meta.url))

export function findSoffice(): string | null {
  for (const bin of ['soffice', 'libreoffice']) {
    const r = spawnSync('which', [bin], { encoding: 'utf8' })
    if (r.status === 0) return r.stdout.trim()
  }
  return null
}

/** Where LibreOffice is needed and missing: a skip with its reason on a developer's machine, a failure in CI (.ci/run installs it). */
export function requireSoffice(): string | null {
  const soffice = findSoffice()
  if (!soffice && process.env.CI) throw new Error('LibreOffice is required in CI (.ci/run installs libreoffice-writer)')
  return soffice
}

/**
 * Converts .docx files to PDF in one LibreOffice call (≈1.5 s per call, docs/design/toolchain.md), with an
 * isolated profile and the project's fontconfig aliases, and returns pdftotext of each.
 */
export function docxToText(soffice: string, files: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
  execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    env: { ...process.env, FONTCONFIG_FILE: join(root, 'resources/fonts/fonts.conf') },
    stdio: 'pipe',
    timeout: 180_000,
  })
  return files.map((f) => {
    const pdf = join(outDir, f.split('/').pop()!.replace(/\.docx$/, '.pdf'))
    return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  })
}
