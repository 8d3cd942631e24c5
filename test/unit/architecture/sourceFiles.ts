import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'

/** The repository root, from test/unit/architecture. */
export const root = resolve(__dirname, '../../..')

/** Every file under `dir` (absolute) whose name matches `ext`, with its repo-relative path and text. */
export async function sourceFiles(dir: string, ext: RegExp): Promise<{ rel: string; text: string }[]> {
  const out: { rel: string; text: string }[] = []
  async function walk(d: string): Promise<void> {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) await walk(p)
      else if (ext.test(e.name)) out.push({ rel: relative(root, p), text: await readFile(p, 'utf8') })
    }
  }
  await walk(dir)
  return out
}

/** The comments of a TypeScript or CSS file: `// …` lines and `/* … *\/` blocks, with their 1-based line. */
export function comments(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = []
  for (const m of text.matchAll(/\/\*[\s\S]*?\*\/|(?<![:'"`\w])\/\/[^\n]*/g)) {
    out.push({ line: text.slice(0, m.index).split('\n').length, text: m[0] })
  }
  return out
}
