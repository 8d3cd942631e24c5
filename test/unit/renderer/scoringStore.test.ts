import { afterEach, describe, expect, it } from 'vitest'
import type { MethodName } from '../../../src/core/api/methodNames'
import { ApiError } from '../../../src/renderer/src/api'
import { createWorkbenchStore, type WorkbenchStore } from '../../../src/renderer/src/stores/createWorkbenchStore'
import { gate, inProcessApi, type BeforeCall } from '../../helpers/inProcessApi'
import { ok, scoringCampaign, tempWorkbench } from '../../helpers/tempWorkspace'

/**
 * The 评分 write queue of the renderer's store against a real workspace: the store, the renderer's typed
 * client, dispatch and lowdb in one process. Each test opens one sheet as the secretariat acting for
 * the campaign's expert.
 */
type Wb = Awaited<ReturnType<typeof tempWorkbench>>
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c()
})

/** Every sheets.* write the store sent, in order, with the baseVersion it carried. */
type Sent = Array<{ method: MethodName; baseVersion?: number; indicatorCode?: string }>

async function openSheet(before?: BeforeCall) {
  const wb: Wb = await tempWorkbench()
  cleanups.push(wb.cleanup)
  const { campaign, expert, submission, key } = await scoringCampaign(wb)
  const sent: Sent = []
  const api = inProcessApi(wb, async (m, input) => {
    if (m.startsWith('sheets.set') || m === 'sheets.submit') sent.push({ method: m, ...(input as { baseVersion?: number; indicatorCode?: string }) })
    await before?.(m, input)
  })
  const store: WorkbenchStore = createWorkbenchStore(api)
  store.setState({ campaignId: campaign.id, actingExpertId: expert.id })
  await store.getState().openSheet(submission.id)
  const codes = campaign.rubric.dimensions[0]!.indicators.map((i) => i.code)
  return { wb, store, key, sent, codes }
}

describe('scoring store: the write queue', () => {
  it('sends quick clicks one at a time, each with the version the previous answer returned; the last click wins', async () => {
    const { wb, store, key, sent, codes } = await openSheet()
    const s = store.getState()
    // five clicks without waiting, two on the same indicator
    await Promise.all([s.setLevel(codes[0]!, 'A'), s.setLevel(codes[1]!, 'B'), s.setLevel(codes[0]!, 'C'), s.setLevel(codes[2]!, 'D'), s.setPoints(codes[1]!, null)])

    expect(sent.map((w) => [w.indicatorCode, w.baseVersion])).toEqual([
      [codes[0], 0],
      [codes[1], 1],
      [codes[0], 2],
      [codes[2], 3],
      [codes[1], 4],
    ])
    const view = store.getState().sheetView!
    expect(view.sheet.version).toBe(5)
    expect(view.sheet.entries[codes[0]!]).toEqual({ level: 'C' })
    expect(view.sheet.entries[codes[2]!]).toEqual({ level: 'D' })
    expect(view.sheet.entries[codes[1]!]).toBeUndefined()
    expect(store.getState().pendingLevels).toEqual({})
    expect(store.getState().saveStatus).toBe('saved')
    // what the store shows is what is on disk
    expect(ok(await wb.call('sheets.get', key)).sheet).toEqual(view.sheet)
  })

  it('says 已保存 only after the write resolved: 保存中 while it is held, the chosen level shown as pending', async () => {
    const held = gate('sheets.setEntry')
    const { store, codes } = await openSheet(held.before)
    const click = store.getState().setLevel(codes[0]!, 'B')
    await expect.poll(() => held.held.length).toBe(1)
    expect(store.getState().saveStatus).toBe('saving')
    expect(store.getState().savedAt).toBeNull()
    expect(store.getState().pendingSaves).toBe(1)
    expect(store.getState().pendingLevels[codes[0]!]?.level).toBe('B')
    expect(store.getState().sheetView!.sheet.entries[codes[0]!]).toBeUndefined()

    held.openUp()
    await click
    expect(store.getState().saveStatus).toBe('saved')
    expect(store.getState().savedAt).toMatch(/^\d\d:\d\d$/)
    expect(store.getState().pendingSaves).toBe(0)
    expect(store.getState().pendingLevels).toEqual({})
    expect(store.getState().sheetView!.sheet.entries[codes[0]!]).toEqual({ level: 'B' })
  })

  it('a write refused as stale (changed in another window) says 保存失败, shows what is on disk, and the next write goes through', async () => {
    const { wb, store, key, sent, codes } = await openSheet()
    await store.getState().setLevel(codes[0]!, 'A')
    // another window saves the same sheet: the store's version is now behind
    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: codes[1]!, level: 'D', baseVersion: 1 }))

    const refused = await store
      .getState()
      .setLevel(codes[2]!, 'B')
      .then(() => null, (e: unknown) => e)
    expect(refused).toBeInstanceOf(ApiError)
    expect((refused as ApiError).code).toBe('STALE_VERSION')
    expect(store.getState().saveStatus).toBe('failed')
    // reloaded: the other window's level is shown, the refused one is not
    const shown = store.getState().sheetView!.sheet
    expect(shown.version).toBe(2)
    expect(shown.entries[codes[1]!]).toEqual({ level: 'D' })
    expect(shown.entries[codes[2]!]).toBeUndefined()
    expect(store.getState().pendingLevels).toEqual({})

    await store.getState().setLevel(codes[2]!, 'B')
    expect(sent.at(-1)).toMatchObject({ indicatorCode: codes[2], baseVersion: 2 })
    expect(store.getState().saveStatus).toBe('saved')
    expect(ok(await wb.call('sheets.get', key)).sheet.entries).toEqual({ [codes[0]!]: { level: 'A' }, [codes[1]!]: { level: 'D' }, [codes[2]!]: { level: 'B' } })
  })

  it('the comment is saved once, after the level queued before it, and submit flushes it first', async () => {
    const { wb, store, key, sent, codes } = await openSheet()
    const s = store.getState()
    const level = s.setLevel(codes[0]!, 'A')
    s.editComment('材料齐全')
    // a blur and the typing pause both ask for the same text: one write
    await Promise.all([level, s.flushComment(), s.flushComment()])
    expect(sent.map((w) => [w.method, w.baseVersion])).toEqual([
      ['sheets.setEntry', 0],
      ['sheets.setComment', 1],
    ])
    expect(ok(await wb.call('sheets.get', key)).sheet.comment).toBe('材料齐全')
    expect(store.getState().sheetView!.sheet.version).toBe(2)
  })
})
