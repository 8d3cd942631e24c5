import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** sha256 over every path and file content under `dir` (sorted): equal hashes, byte-identical trees. */
export async function treeHash(dir: string, skip: (rel: string) => boolean = () => false): Promise<string> {
  const h = createHash('sha256')
  async function walk(d: string, rel: string) {
    const entries = (await readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name
      if (skip(r)) continue
      h.update(`${e.isDirectory() ? 'd' : 'f'}:${r}\n`)
      if (e.isDirectory()) await walk(join(d, e.name), r)
      else h.update(await readFile(join(d, e.name)))
    }
  }
  await walk(dir, '')
  return h.digest('hex')
}
