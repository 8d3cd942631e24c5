import { describe, expect, it } from 'vitest'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'

const root = resolve(__dirname, '../../..')

async function files(dir: string, ext: RegExp): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await files(p, ext)))
    else if (ext.test(e.name)) out.push(p)
  }
  return out
}

function imports(src: string): string[] {
  return [...src.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!)
}

/** The shape of docs/design/architecture.md, checked by a machine rather than by memory (docs/design/style.md §4). */
describe('module boundaries', () => {
  it('src/core imports no electron, react, antd, zustand, recharts or DOM code', async () => {
    const bad: string[] = []
    for (const f of await files(join(root, 'src/core'), /\.tsx?$/)) {
      for (const spec of imports(await readFile(f, 'utf8'))) {
        if (/^(electron|react|react-dom|antd|@ant-design|zustand|recharts)(\/|$)/.test(spec)) bad.push(`${relative(root, f)} → ${spec}`)
        if (spec.includes('/renderer/') || spec.includes('/main/') || spec.includes('/bridge/')) bad.push(`${relative(root, f)} → ${spec}`)
      }
    }
    expect(bad).toEqual([])
  })

  it('only src/core/storage imports lowdb', async () => {
    const bad: string[] = []
    for (const f of await files(join(root, 'src'), /\.tsx?$/)) {
      if (relative(root, f).startsWith('src/core/storage/')) continue
      if (imports(await readFile(f, 'utf8')).some((s) => s === 'lowdb' || s.startsWith('lowdb/'))) bad.push(relative(root, f))
    }
    expect(bad).toEqual([])
  })

  it('only src/stores imports zustand in the renderer, and the renderer never imports node: modules', async () => {
    const bad: string[] = []
    for (const f of await files(join(root, 'src/renderer'), /\.tsx?$/)) {
      const rel = relative(root, f)
      for (const spec of imports(await readFile(f, 'utf8'))) {
        if (spec.startsWith('zustand') && !rel.includes('/stores/')) bad.push(`${rel} → ${spec}`)
        if (spec.startsWith('node:') || spec === 'electron') bad.push(`${rel} → ${spec}`)
      }
    }
    expect(bad).toEqual([])
  })

  it('electron is imported only by src/main and src/preload', async () => {
    const bad: string[] = []
    for (const f of await files(join(root, 'src'), /\.tsx?$/)) {
      const rel = relative(root, f)
      if (rel.startsWith('src/main/') || rel.startsWith('src/preload/')) continue
      if (imports(await readFile(f, 'utf8')).includes('electron')) bad.push(rel)
    }
    expect(bad).toEqual([])
  })
})
