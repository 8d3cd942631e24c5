import { afterEach, describe, expect, it } from 'vitest'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tempDir, ok } from '../../helpers/tempWorkspace'
import { openWorkbench, type OpenedWorkbench } from '../../../src/core/api/openApi'
import { DEFAULT_GROUPS } from '../../../src/core/domain/groups'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

async function open(dir: string): Promise<OpenedWorkbench> {
  return openWorkbench(dir, { create: { name: '测试', groups: DEFAULT_GROUPS }, door: 'test' })
}

describe('creating a campaign is atomic (issue 9 item 9)', () => {
  it('two creates at once with lists beside them: never a card without campaign.json', async () => {
    const t = await tempDir()
    const wb = await open(join(t.dir, 'ws'))
    cleanup = async () => {
      await wb.close()
      await t.cleanup()
    }
    const lists: Array<Promise<unknown>> = []
    // two names: one name is one campaign (a second 甲 is refused, test/unit/api/campaignNames.test.ts)
    const creates = [wb.call('campaigns.create', { name: '甲', kind: 'diagnostic' }), wb.call('campaigns.create', { name: '乙', kind: 'diagnostic' })]
    for (let i = 0; i < 20; i++) lists.push(wb.call('campaigns.list', {}))
    await Promise.all(creates)
    for (const l of await Promise.all(lists)) for (const card of ok(l as never) as Array<{ damaged?: string }>) expect(card.damaged).toBeUndefined()
    const cards = ok(await wb.call('campaigns.list', {}))
    expect(cards).toHaveLength(2)
    expect(cards.every((c) => !c.damaged)).toBe(true)
    // no staging folder is left behind
    expect((await readdir(join(t.dir, 'ws', 'campaigns'))).filter((n) => n.startsWith('.'))).toEqual([])
  })

  it('an empty leftover folder is not a campaign; a staging folder is removed on open; a folder with sheets but no campaign.json is still shown as damaged', async () => {
    const t = await tempDir()
    const root = join(t.dir, 'ws')
    const first = await open(root)
    await first.close()
    await mkdir(join(root, 'campaigns', 'cmp-leftover', 'sheets'), { recursive: true })
    await mkdir(join(root, 'campaigns', '.staging-cmp-half', 'sheets'), { recursive: true })
    await mkdir(join(root, 'campaigns', 'cmp-lost', 'sheets'), { recursive: true })
    await writeFile(join(root, 'campaigns', 'cmp-lost', 'sheets', 'exp-a.json'), '{}')
    const wb = await open(root)
    cleanup = async () => {
      await wb.close()
      await t.cleanup()
    }
    const cards = ok(await wb.call('campaigns.list', {}))
    expect(cards.map((c) => [c.id, !!c.damaged])).toEqual([['cmp-lost', true]])
    expect(await readdir(join(root, 'campaigns'))).not.toContain('.staging-cmp-half')
  })
})
