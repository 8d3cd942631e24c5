import { createHash } from 'node:crypto'
import { lstat, readdir, readFile, readlink } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * A hash of a folder tree: every path, its type, and for files their bytes (for links their target).
 * Two equal hashes mean "byte-identical", the promise a refused import makes (docs/design/hostile-inputs.md:
 * "the workspace unchanged").
 */
export async function hashTree(dir: string): Promise<string> {
  const lines: string[] = []
  async function walk(abs: string, rel: string): Promise<void> {
    const st = await lstat(abs)
    if (st.isSymbolicLink()) lines.push(`L ${rel} -> ${await readlink(abs)}`)
    else if (st.isDirectory()) {
      lines.push(`D ${rel}`)
      for (const n of (await readdir(abs)).sort()) await walk(join(abs, n), rel ? `${rel}/${n}` : n)
    } else lines.push(`F ${rel} ${st.size} ${createHash('sha256').update(await readFile(abs)).digest('hex')}`)
  }
  await walk(dir, '')
  return createHash('sha256').update(lines.join('\n')).digest('hex')
}
