import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { appendFile, chmod, chown, lstat, mkdir, readdir, symlink, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { importFolder } from '../../../src/core/intake/materials/importFolder'
import { SAMPLE } from './helpers/zipBuilder'
import { makeWorkspace, type TestWorkspace } from './helpers/workspace'
import { expectRefusal } from './helpers/expectRefusal'

let ws: TestWorkspace
let src: string
beforeEach(async () => {
  ws = await makeWorkspace()
  src = join(ws.dir, '申报材料')
  await mkdir(src)
})
afterEach(async () => {
  await ws.cleanup()
})

/** Runs an import that must be refused, with the workspace byte-identical before and after. */
async function refused(run: () => Promise<unknown>, reason: string, parts: string[]) {
  const before = await ws.hash()
  const err = await expectRefusal(run(), reason, ...parts)
  expect(await ws.hash()).toBe(before)
  return err
}

describe('importFolder', () => {
  it('imports files in name order; symlinks (to /etc, and a cycle) are skipped and listed, not followed', async () => {
    await mkdir(join(src, 'S001'))
    await mkdir(join(src, 'S002'))
    await writeFile(join(src, 'S001', '申报书.pdf'), SAMPLE.pdf('1'))
    await writeFile(join(src, 'S002', '照片.png'), SAMPLE.png())
    await writeFile(join(src, 'S002', 'Thumbs.db'), 'cache')
    await symlink('/etc', join(src, 'etc-link'))
    await symlink('..', join(src, 'S001', 'cycle'))
    const plan = await importFolder(src, { store: ws.store })
    expect(plan.files.map((f) => f.path)).toEqual(['S001/申报书.pdf', 'S002/照片.png'])
    expect(plan.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['etc-link', 'SYMLINK'],
      ['S001/cycle', 'SYMLINK'],
      ['S002/Thumbs.db', 'SYSTEM_FILE'],
    ])
  })

  it('skips a FIFO instead of hanging on it', async (ctx) => {
    try {
      execFileSync('mkfifo', [join(src, 'pipe')])
    } catch {
      ctx.skip()
    }
    await writeFile(join(src, 'a.pdf'), SAMPLE.pdf())
    const plan = await importFolder(src, { store: ws.store })
    expect(plan.skipped).toEqual([{ path: 'pipe', reason: 'SPECIAL_FILE', message: expect.any(String) }])
  })

  it('refuses 10,001 files before hashing any', async () => {
    // synchronous writes are the quickest way to make 10,001 files (~1 s here; concurrent async ~6 s)
    for (let i = 0; i <= 10_000; i++) writeFileSync(join(src, `f${String(i).padStart(5, '0')}.pdf`), 'x')
    await refused(() => importFolder(src, { store: ws.store }), 'FOLDER_TOO_MANY_FILES', ['申报材料', '10000'])
  })

  it('refuses a folder nested deeper than the cap', async () => {
    let p = src
    for (let i = 0; i < 5; i++) p = join(p, `d${i}`)
    await mkdir(p, { recursive: true })
    await writeFile(join(p, 'a.pdf'), SAMPLE.pdf())
    await refused(() => importFolder(src, { store: ws.store, maxDepth: 3 }), 'FOLDER_TOO_DEEP', ['层级超过 3 层'])
  })

  it('refuses a file over the per-file cap, naming it', async () => {
    await writeFile(join(src, '视频.mp4'), Buffer.alloc(5000))
    await refused(() => importFolder(src, { store: ws.store, maxFileBytes: 1000 }), 'FOLDER_FILE_TOO_LARGE', ['视频.mp4', '单个文件上限'])
  })

  it('refuses the whole import when a file is unreadable (chmod 000), naming it', async () => {
    await writeFile(join(src, 'a.pdf'), SAMPLE.pdf('a'))
    await writeFile(join(src, 'b.pdf'), SAMPLE.pdf('b'))
    await chmod(join(src, 'b.pdf'), 0o000)
    if (process.getuid?.() !== 0) {
      await refused(() => importFolder(src, { store: ws.store }), 'FOLDER_UNREADABLE', ['b.pdf', '无法读取', '整个文件夹未导入'])
      return
    }
    // As root chmod 000 does not prevent reading, so the same import runs in a child process as
    // "nobody", on a copy of the layout that user may write to (b.pdf stays root's, mode 000).
    console.log('running as root: chmod 000 does not stop root, so this case runs in a child process as uid 65534')
    const NOBODY = 65534
    await chmod(ws.dir, 0o755)
    for (const p of [src, join(src, 'a.pdf')]) await chown(p, NOBODY, NOBODY)
    await chownTree(ws.root, NOBODY)
    const child = resolve(__dirname, 'helpers/unreadableChild.ts')
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', child, src, ws.root], {
      cwd: resolve(__dirname, '../../..'),
      uid: NOBODY,
      gid: NOBODY,
      env: { ...process.env, HOME: ws.dir, WORKBENCH_QUIET: '1' },
      encoding: 'utf8',
    })
    const out = JSON.parse(stdout) as { ok: boolean; reason?: string; message?: string; identical: boolean }
    expect(out.reason).toBe('FOLDER_UNREADABLE')
    expect(out.message).toContain('b.pdf')
    expect(out.message).toContain('整个文件夹未导入')
    expect(out.identical).toBe(true)
  })

  it('refuses when a file changes while it is imported, and removes what it had added', async () => {
    await writeFile(join(src, 'a.pdf'), SAMPLE.pdf('a'))
    await writeFile(join(src, 'b.pdf'), SAMPLE.pdf('b'))
    const hooks = { afterHash: async (abs: string) => void (abs.endsWith('b.pdf') && (await appendFile(abs, 'edited'))) }
    await refused(() => importFolder(src, { store: ws.store, hooks }), 'FOLDER_FILE_CHANGED', ['b.pdf', '在导入过程中被修改'])
  })

  it('refuses a path that is not a folder, or an empty folder', async () => {
    await writeFile(join(ws.dir, 'file.pdf'), SAMPLE.pdf())
    await refused(() => importFolder(join(ws.dir, 'file.pdf'), { store: ws.store }), 'FOLDER_NOT_A_DIRECTORY', ['file.pdf'])
    await symlink(src, join(ws.dir, 'link'))
    await refused(() => importFolder(join(ws.dir, 'link'), { store: ws.store }), 'FOLDER_NOT_A_DIRECTORY', ['link'])
    await refused(() => importFolder(src, { store: ws.store }), 'FOLDER_EMPTY', ['没有可导入的文件'])
  })

  it('cancelled mid-way: CANCELLED, nothing left behind', async () => {
    for (const n of ['a', 'b', 'c']) await writeFile(join(src, `${n}.pdf`), SAMPLE.pdf(n))
    const ac = new AbortController()
    const hooks = { afterHash: () => ac.abort() }
    await refused(() => importFolder(src, { store: ws.store, signal: ac.signal, hooks }), 'CANCELLED', ['导入已取消'])
  })
})

async function chownTree(p: string, uid: number): Promise<void> {
  await chown(p, uid, uid)
  if ((await lstat(p)).isDirectory()) for (const n of await readdir(p)) await chownTree(join(p, n), uid)
}
