import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildDemoWorkspace } from '../../../src/core/demo/buildDemo'
import { DEMO_PASSPHRASE } from '../../../src/core/demo/demoKeys'
import { openWorkbench } from '../../../src/core/api/openApi'
import type { CampaignId, ExpertId } from '../../../src/core/domain/ids'
import { exportExpertPackage } from '../../../src/core/packages/exportExpertPackage'
import { unlockWorkspaceKey } from '../../../src/core/signing/keyStore'
import { RecentStore } from '../../../src/main/shell/recentStore'
import { WorkspaceHost } from '../../../src/main/shell/workspaceHost'
import type { ShellState } from '../../../src/main/shell/contract'
import { tempDir } from '../../helpers/tempWorkspace'
import { treeHash } from '../../helpers/treeHash'

/**
 * 打开评审包 through the shell (issue 11): a real package exported from a real demo workspace (with
 * its keys), opened by the same WorkspaceHost Electron main and the bridge use.
 */
const ISSUED = new Date()
let tmp: Awaited<ReturnType<typeof tempDir>>
let pkg: string
let expert: { id: string; name: string }
let campaignId: string

beforeAll(async () => {
  tmp = await tempDir('wb-open-package-')
  const sec = join(tmp.dir, 'secretariat')
  ;({ campaignId } = await buildDemoWorkspace(sec))
  const wb = await openWorkbench(sec, { door: 'test' })
  try {
    const ws = (await wb.store.workspaceShard()).data
    expert = ws.experts.find((e) => e.name === '陈静')!
    pkg = join(tmp.dir, 'received', '陈静.wbexp')
    await mkdir(join(tmp.dir, 'received'))
    const key = await unlockWorkspaceKey(wb.store, DEMO_PASSPHRASE)
    await exportExpertPackage(wb.store, { campaignId: campaignId as CampaignId, expertId: expert.id as ExpertId, key, target: pkg, validDays: 30, now: ISSUED, packageId: 'pkg-shell' })
  } finally {
    await wb.close()
  }
}, 60_000)
afterAll(async () => tmp.cleanup())

async function host(opts: Partial<ConstructorParameters<typeof WorkspaceHost>[0]> = {}) {
  const h = new WorkspaceHost({ recent: new RecentStore(join(tmp.dir, `user-data-${Math.random()}`)), door: 'test', version: '1.0.0', typedPaths: true, ...opts })
  return h
}

function state(env: Awaited<ReturnType<WorkspaceHost['dispatch']>>): ShellState {
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`)
  return env.value as ShellState
}

const exists = (p: string) => readdir(p).then(() => true, () => false)

describe('shell openPackage: the expert opens the package they received', () => {
  it('creates the expert workspace, switches to it and records it in the recent list', async () => {
    const h = await host()
    try {
      const folder = join(tmp.dir, 'expert-a')
      const s = state(await h.dispatch('openPackage', { file: pkg, folder }))
      expect(s.current?.path).toBe(folder)
      expect(s.current?.name).toBe('专家工作区 · 陈静')
      expect(s.recent.map((r) => r.path)).toEqual([folder])
      const info = await h.call('packages.expertInfo', {})
      expect(info).toMatchObject({ ok: true, value: { expertId: expert.id, campaignId } })
      const rows = await h.call('sheets.listByExpert', { campaignId, expertId: expert.id })
      expect(rows.ok && (rows.value as unknown[]).length).toBe(6)
    } finally {
      await h.shutdown()
    }
  })

  it('refuses a tampered package with its reason; nothing is created and the open workspace stays', async () => {
    const h = await host()
    try {
      const first = join(tmp.dir, 'expert-b')
      state(await h.dispatch('openPackage', { file: pkg, folder: first }))
      const bytes = await readFile(pkg)
      const at = bytes.indexOf(Buffer.from('陈静'))
      expect(at).toBeGreaterThan(0)
      bytes[at + 2] = bytes[at + 2]! ^ 1
      const bad = join(tmp.dir, 'received', 'changed.wbexp')
      await writeFile(bad, bytes)
      const parentBefore = await treeHash(tmp.dir, (rel) => rel.startsWith('expert-b') || rel.startsWith('user-data'))
      const r = await h.dispatch('openPackage', { file: bad, folder: join(tmp.dir, 'expert-bad') })
      expect(r.ok).toBe(false)
      if (r.ok) return
      expect(r.error.code).toBe('PACKAGE_REFUSED')
      expect(r.error.message).toContain('changed.wbexp')
      expect(await exists(join(tmp.dir, 'expert-bad'))).toBe(false)
      expect(await treeHash(tmp.dir, (rel) => rel.startsWith('expert-b') || rel.startsWith('user-data'))).toBe(parentBefore)
      expect(state(await h.dispatch('state', {})).current?.path).toBe(first)
    } finally {
      await h.shutdown()
    }
  })

  it('refuses an expired package, a folder that is not empty, a score package and a missing file, each in Chinese', async () => {
    const late = await host({ now: () => new Date(ISSUED.getTime() + 31 * 86_400_000) })
    try {
      const r = await late.dispatch('openPackage', { file: pkg, folder: join(tmp.dir, 'expert-late') })
      expect(r).toMatchObject({ ok: false, error: { code: 'PACKAGE_REFUSED', details: { reason: 'EXPIRED' } } })
      expect(!r.ok && r.error.message).toContain('过期')
      expect(await exists(join(tmp.dir, 'expert-late'))).toBe(false)
      expect(state(await late.dispatch('state', {})).current).toBeNull()
    } finally {
      await late.shutdown()
    }
    const h = await host()
    try {
      const full = join(tmp.dir, 'not-empty')
      await mkdir(full)
      await writeFile(join(full, '笔记.txt'), '别的文件')
      const r = await h.dispatch('openPackage', { file: pkg, folder: full })
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
      expect(!r.ok && r.error.message).toContain('不是空的')
      expect(await readdir(full)).toEqual(['笔记.txt'])

      const score = join(tmp.dir, 'received', 'x.wbscore')
      await copyFile(pkg, score)
      const s = await h.dispatch('openPackage', { file: score, folder: join(tmp.dir, 'expert-s') })
      expect(s).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      expect(!s.ok && s.error.message).toContain('评分包')

      const gone = await h.dispatch('openPackage', { file: join(tmp.dir, 'received', '没有.wbexp'), folder: join(tmp.dir, 'expert-g') })
      expect(gone.ok).toBe(false)
      expect(!gone.ok && /[\u4e00-\u9fff]/.test(gone.error.message)).toBe(true)
      expect(await exists(join(tmp.dir, 'expert-g'))).toBe(false)
    } finally {
      await h.shutdown()
    }
  })

  it('Electron: typed paths are refused; the dialogs choose the file and the place (cancel changes nothing)', async () => {
    const places: string[] = []
    let file: string | null = null
    const h = await host({
      typedPaths: false,
      choosePackage: async () => file,
      choosePackageFolder: async () => {
        places.push('package')
        return join(tmp.dir, 'electron-place')
      },
    })
    try {
      expect(await h.dispatch('openPackage', { file: pkg, folder: join(tmp.dir, 'x') })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      expect(await h.dispatch('openPackageDialog', {})).toEqual({ ok: true, value: null })
      expect(places).toEqual([])
      file = pkg
      const s = state(await h.dispatch('openPackageDialog', {}))
      expect(places).toEqual(['package'])
      expect(s.current?.path).toBe(join(tmp.dir, 'electron-place', '陈静'))
      // a package handed over (dropped, or by the OS): no file dialog, only the place
      file = null
      const again = state(await h.dispatch('openPackageDialog', { file: pkg }))
      expect(again.current?.path).toBe(join(tmp.dir, 'electron-place', '陈静-2'))
    } finally {
      await h.shutdown()
    }
  })
})

describe('a package handed over by the OS or a launch', () => {
  it('reaches the page as a package: command', async () => {
    const { parseShellCommand } = await import('../../../src/main/shell/commands')
    expect(parseShellCommand('package:/home/专家/评审包.wbexp')).toEqual({ kind: 'package', path: '/home/专家/评审包.wbexp' })
    expect(parseShellCommand('package:')).toBeNull()
  })
})

describe('a score package main staged for the page', () => {
  it('reaches the page as score:<uploadId>, and nothing else passes as one', async () => {
    const { parseShellCommand } = await import('../../../src/main/shell/commands')
    expect(parseShellCommand('score:up-0123456789abcdef')).toEqual({ kind: 'score', path: 'up-0123456789abcdef' })
    expect(parseShellCommand('score:../../etc/passwd')).toBeNull()
    expect(parseShellCommand('score:')).toBeNull()
  })
})
