import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempClientPerTest } from '../../helpers/client'
import { treeHash } from '../../helpers/treeHash'

const setup = tempClientPerTest()

describe('advice.save names the version it replaces (two windows on one 建议库)', () => {
  it('the second window, still on the version both loaded, is refused and writes nothing; the first one is kept', async () => {
    const { api, wb } = await setup()
    const loaded = await api['advice.get']({})
    expect(loaded.version).toBe(0)
    const first = loaded.entries[0]!
    // window 1 saves its edit of the first entry
    const saved = await api['advice.save']({ expectVersion: loaded.version, entries: [{ ...first, text: '窗口一的修改' }, ...loaded.entries.slice(1)] })
    expect(saved.version).toBe(1)

    // window 2 saves its own edit, begun from the same version 0
    const before = await treeHash(wb.dir)
    const refused = api['advice.save']({ expectVersion: loaded.version, entries: [{ ...first, text: '窗口二的修改' }, ...loaded.entries.slice(1)] })
    await expect(refused).rejects.toMatchObject({ code: 'STALE_VERSION', message: expect.stringContaining('建议库已在别处被修改（当前第 1 版，您修改的是第 0 版）') })
    expect(await treeHash(wb.dir)).toBe(before)
    const now = await api['advice.get']({})
    expect(now.entries[0]!.text).toBe('窗口一的修改')
    expect(now.version).toBe(1)

    // after reloading, window 2 saves from version 1
    const again = await api['advice.save']({ expectVersion: now.version, entries: [{ ...first, text: '窗口二的修改' }] })
    expect(again).toMatchObject({ version: 2, entries: [{ text: '窗口二的修改' }] })
  })

  it('a double-clicked save is one save: the second click carries the old version and is refused', async () => {
    const { api } = await setup()
    const lib = await api['advice.get']({})
    const input = { expectVersion: lib.version, name: '我的建议库', entries: lib.entries.slice(0, 3) }
    const [a, b] = await Promise.allSettled([api['advice.save'](input), api['advice.save'](input)])
    expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected'])
    expect((await api['advice.get']({})).version).toBe(1)
  })

  it('an import moves the version on, so an edit begun before it is refused; the exported file carries no version', async () => {
    const { api, wb } = await setup()
    const lib = await api['advice.get']({})
    const file = await api['advice.export']({})
    const text = Buffer.from(file.base64, 'base64').toString('utf8')
    expect(JSON.parse(text)).not.toHaveProperty('version')
    const path = join(wb.dir, '..', 'advice-import.json')
    await writeFile(path, text)
    expect(await api['advice.import']({ source: { path }, mode: 'merge' })).toMatchObject({ version: 1 })
    await expect(api['advice.save']({ expectVersion: lib.version, entries: [] })).rejects.toMatchObject({ code: 'STALE_VERSION' })
    expect((await api['advice.get']({})).entries.length).toBe(lib.entries.length)
  })

  it('a save without expectVersion is refused at the door', async () => {
    const { api } = await setup()
    await expect(api['advice.save']({ entries: [] } as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect((await api['advice.get']({})).entries.length).toBeGreaterThan(0)
  })
})
