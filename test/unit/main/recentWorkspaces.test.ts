import { afterEach, describe, expect, it } from 'vitest'
import { cp, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { RecentStore, MAX_RECENT, withOpened, withoutPath, samePath, RECENT_FILE_NAME } from '../../../src/main/shell/recentStore'
import { WorkspaceHost, folderNameFor } from '../../../src/main/shell/workspaceHost'
import { tempDir } from '../../helpers/tempWorkspace'
import type { ShellState } from '../../../src/main/shell/contract'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function setup(opts: { typedPaths?: boolean; chooseFolder?: (p: 'open' | 'create') => Promise<string | null> } = {}) {
  const { dir, cleanup } = await tempDir('wb-shell-')
  const recent = new RecentStore(join(dir, 'user-data'))
  const host = new WorkspaceHost({ recent, door: 'test', version: '9.9.9', typedPaths: opts.typedPaths ?? true, chooseFolder: opts.chooseFolder })
  cleanups.push(async () => {
    await host.shutdown()
    await cleanup()
  })
  return { dir, recent, host }
}

/** a shell answer's state (the tests only call methods that answer one) */
function ok(env: { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }): ShellState {
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`)
  return env.value as ShellState
}

describe('recent-workspace list (pure parts)', () => {
  const empty = { kind: 'recent-workspaces' as const, schemaVersion: 1 as const, entries: [], last: null }
  it('puts the opened workspace first, once, and caps the list', () => {
    let f = withOpened(empty, { path: '/a', name: 'A' }, new Date('2026-01-01T00:00:00Z'))
    f = withOpened(f, { path: '/b', name: 'B' }, new Date('2026-01-02T00:00:00Z'))
    f = withOpened(f, { path: '/a/', name: 'A2' }, new Date('2026-01-03T00:00:00Z'))
    expect(f.entries.map((e) => [e.path, e.name])).toEqual([['/a', 'A2'], ['/b', 'B']])
    expect(f.last).toBe('/a')
    for (let i = 0; i < 30; i++) f = withOpened(f, { path: `/w${i}`, name: `W${i}` }, new Date())
    expect(f.entries).toHaveLength(MAX_RECENT)
    expect(f.entries[0]!.path).toBe('/w29')
  })
  it('forgets a path and clears it as the last one', () => {
    const f = withoutPath(withOpened(empty, { path: '/a', name: 'A' }, new Date()), '/a')
    expect(f.entries).toEqual([])
    expect(f.last).toBeNull()
  })
  it('compares paths case-insensitively only where the file system does', () => {
    expect(samePath('/x/Work', '/x/work', 'win32')).toBe(true)
    expect(samePath('/x/Work', '/x/work', 'linux')).toBe(false)
  })
  it('names a new folder after the workspace without characters Windows refuses', () => {
    expect(folderNameFor('2026 评审: 第1批?')).toBe('2026 评审_ 第1批_')
    expect(folderNameFor('...')).toBe('工作区')
  })
})

describe('recent-workspace store and workspace host (real workspaces on disk)', () => {
  it('creates, records, reopens the last one, and marks a missing one', async () => {
    const { dir, recent, host } = await setup()
    const s1 = ok(await host.dispatch('create', { path: join(dir, 'ws1'), name: '第一工作区' }))
    expect(s1.current).toEqual({ path: join(dir, 'ws1'), name: '第一工作区' })
    ok(await host.dispatch('create', { path: join(dir, 'ws2'), name: '第二工作区' }))
    expect(await recent.lastToReopen()).toBe(join(dir, 'ws2'))
    await host.shutdown()
    // the second folder is moved away: it is listed as missing, and not reopened
    await rename(join(dir, 'ws2'), join(dir, 'moved'))
    const listed = await recent.list()
    expect(listed.map((e) => [e.name, e.missing])).toEqual([['第二工作区', true], ['第一工作区', false]])
    expect(await recent.lastToReopen()).toBeNull()
    // the file on disk is the zod shape, with its kind and schema version
    const raw = JSON.parse(await readFile(join(dir, 'user-data', RECENT_FILE_NAME), 'utf8'))
    expect(raw).toMatchObject({ kind: 'recent-workspaces', schemaVersion: 1 })
  })

  it('opens a workspace folder that was moved or copied, with its data', async () => {
    const { dir, host } = await setup()
    ok(await host.dispatch('create', { path: join(dir, 'orig'), name: '原工作区' }))
    ok(await host.current!.call('experts.add', { name: '张老师', unit: '某技师学院' }))
    await host.shutdown()
    await cp(join(dir, 'orig'), join(dir, 'copy'), { recursive: true })
    await rename(join(dir, 'orig'), join(dir, 'moved'))
    for (const where of ['copy', 'moved']) {
      const s = ok(await host.dispatch('open', { path: join(dir, where) }))
      expect(s.current?.name).toBe('原工作区')
      const listed = await host.call('experts.list', {})
      const experts = (listed.ok ? listed.value : []) as { name: string }[]
      expect(experts.map((e) => e.name)).toEqual(['张老师'])
    }
  })

  it('refuses what is not a workspace, an existing workspace for 新建, and a non-empty folder; the open one stays', async () => {
    const { dir, host } = await setup()
    ok(await host.dispatch('create', { path: join(dir, 'ws'), name: '当前' }))
    const notWs = await host.dispatch('open', { path: join(dir, 'nothing-here') })
    expect(notWs).toMatchObject({ ok: false, error: { code: 'WORKSPACE_NOT_FOUND' } })
    const exists = await host.dispatch('create', { path: join(dir, 'ws'), name: '重复' })
    expect(exists).toMatchObject({ ok: false, error: { code: 'WORKSPACE_EXISTS' } })
    await mkdir(join(dir, 'docs'))
    await writeFile(join(dir, 'docs', 'note.txt'), 'x')
    const busy = await host.dispatch('create', { path: join(dir, 'docs'), name: '新' })
    expect(busy).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await readFile(join(dir, 'docs', 'note.txt'), 'utf8'))).toBe('x')
    expect(host.current?.store.root).toBe(join(dir, 'ws'))
    expect(await host.call('workspace.info', {})).toMatchObject({ ok: true, value: { name: '当前' } })
  })

  it('refuses API calls while no workspace is open, and after 关闭工作区 does not reopen it', async () => {
    const { dir, recent, host } = await setup()
    expect(await host.call('workspace.info', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } })
    ok(await host.dispatch('create', { path: join(dir, 'ws'), name: 'W' }))
    const closed = ok(await host.dispatch('close', {}))
    expect(closed.current).toBeNull()
    expect(closed.recent.map((r) => r.name)).toEqual(['W'])
    expect(await recent.lastToReopen()).toBeNull()
    expect(await host.call('workspace.info', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } })
  })

  it('Electron renderer: opens only recent folders or a dialog choice, creates only through the dialog', async () => {
    const { dir, host } = await setup({ typedPaths: false, chooseFolder: async (p) => (p === 'create' ? dir : join(dir, 'W 1')) })
    expect(await host.dispatch('create', { path: join(dir, 'x'), name: 'X' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const created = ok(await host.dispatch('createDialog', { name: 'W 1' }))
    expect(created?.current?.path).toBe(join(dir, 'W 1'))
    expect(await host.dispatch('open', { path: join(dir, 'elsewhere') })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    ok(await host.dispatch('close', {}))
    const reopened = ok(await host.dispatch('open', { path: join(dir, 'W 1') }))
    expect(reopened.current?.name).toBe('W 1')
    const viaDialog = ok(await host.dispatch('openDialog', {}))
    expect(viaDialog?.nativeDialogs).toBe(true)
  })

  it('a damaged recent list is set aside, not fatal; bad input is refused with a message', async () => {
    const { dir, recent, host } = await setup()
    await mkdir(join(dir, 'user-data'), { recursive: true })
    await writeFile(recent.file, '{"kind":"recent-workspaces","entries":')
    expect(await recent.list()).toEqual([])
    expect(await readFile(`${recent.file}.bad`, 'utf8')).toContain('recent-workspaces')
    expect(await host.dispatch('open', { path: '  ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '请填写工作区文件夹。' } })
    expect(await host.dispatch('nope', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
    expect(await host.dispatch('openDialog', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})
