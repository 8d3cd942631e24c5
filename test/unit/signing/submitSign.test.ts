import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempWorkbench, ok, scoringCampaign, submitInput, TEST_PASSPHRASE } from '../../helpers/tempWorkspace'
import { treeHash } from '../../helpers/treeHash'
import { verifySheetSignature } from '../../../src/core/signing/sheetSignature'
import { earlierVersions, submittedVersionOf } from '../../../src/core/scoring/submittedVersions'
import type { ScoreSheet } from '../../../src/core/domain/workspace'
import { reopenStoredSheet } from '../../../src/core/api/shared/reopen'
import { signAndSubmit } from '../../../src/core/api/shared/signSubmit'

type Wb = Awaited<ReturnType<typeof tempWorkbench>>
let wb: Wb | undefined
afterEach(async () => {
  await wb?.cleanup()
  wb = undefined
})

/** A campaign whose one sheet is complete (every indicator scored), ready to submit. */
async function completeSheet(w: Wb) {
  const c = await scoringCampaign(w)
  const view = ok(await w.call('sheets.get', c.key))
  for (const i of view.result.indicators) {
    const r = await w.call('sheets.setEntry', { ...c.key, indicatorCode: i.code, level: 'B' })
    if (!r.ok) ok(await w.call('sheets.setEntry', { ...c.key, indicatorCode: i.code, points: 1 }))
  }
  ok(await w.call('sheets.setComment', { ...c.key, comment: '整体较好。' }))
  return c
}

describe('submit = sign (issue 11)', () => {
  it('a wrong passphrase is refused in Chinese and changes nothing; the right one signs 第 1 版 and locks the sheet', async () => {
    wb = await tempWorkbench()
    const { key, campaign } = await completeSheet(wb)
    const input = await submitInput(wb, key)
    const before = await treeHash(wb.dir)
    const wrong = await wb.call('sheets.submit', { ...input, passphrase: '不是这个口令' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'KEY_LOCKED', message: expect.stringContaining('口令不正确') } })
    expect(await treeHash(wb.dir)).toBe(before)

    const view = ok(await wb.call('sheets.submit', input))
    const sheet = view.sheet as ScoreSheet
    expect(sheet.status).toBe('submitted')
    expect(sheet.signature).toMatchObject({ algorithm: 'ed25519', submittedVersion: 1, signedAt: sheet.submittedAt })
    const expert = ok(await wb.call('experts.list', {}))[0]!
    expect(sheet.signature!.fingerprint).toBe(expert.fingerprint)
    expect(verifySheetSignature(campaign.id, sheet, sheet.signature!, expert.publicKey!)).toBe(true)
    // a changed score no longer verifies; so does the same sheet in another campaign
    expect(verifySheetSignature(campaign.id, { ...sheet, comment: '整体很好。' }, sheet.signature!, expert.publicKey!)).toBe(false)
    expect(verifySheetSignature('cmp-other', sheet, sheet.signature!, expert.publicKey!)).toBe(false)
    // locked
    expect(await wb.call('sheets.setComment', { ...key, comment: '改' })).toMatchObject({ ok: false, error: { code: 'SHEET_SUBMITTED' } })
    // the passphrase is stored nowhere
    const sheetsFile = await readFile(join(wb.dir, 'campaigns', campaign.id, 'sheets', `${key.expertId}.journal.jsonl`), 'utf8').catch(() => '')
    expect(sheetsFile + JSON.stringify(view)).not.toContain(TEST_PASSPHRASE)
    const audit = ok(await wb.call('audit.list', { campaignId: campaign.id })).entries.find((e) => e.action === 'sheet.submit')!
    expect(audit.data).toMatchObject({ submittedVersion: 1, fingerprint: expert.fingerprint })
    expect(JSON.stringify(audit)).not.toContain(TEST_PASSPHRASE)
  })

  it('refuses an incomplete sheet before asking for the key, and a sheet without a key (KEY_MISSING, says how)', async () => {
    wb = await tempWorkbench()
    const { key } = await scoringCampaign(wb)
    const incomplete = await wb.call('sheets.submit', { ...key, passphrase: TEST_PASSPHRASE })
    expect(incomplete).toMatchObject({ ok: false, error: { code: 'SHEET_INCOMPLETE' } })
    for (const i of ok(await wb.call('sheets.get', key)).result.indicators) {
      const r = await wb.call('sheets.setEntry', { ...key, indicatorCode: i.code, level: 'B' })
      if (!r.ok) ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: i.code, points: 1 }))
    }
    const before = await treeHash(wb.dir)
    const noKey = await wb.call('sheets.submit', { ...key, passphrase: TEST_PASSPHRASE })
    expect(noKey).toMatchObject({ ok: false, error: { code: 'KEY_MISSING', message: expect.stringContaining('尚未创建签名密钥') } })
    expect(await treeHash(wb.dir)).toBe(before)
    expect(await wb.call('sheets.submit', key as never)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('reopen needs a reason, keeps 第 1 版 with its signature, and the next submit signs 第 2 版', async () => {
    wb = await tempWorkbench()
    const { key, campaign } = await completeSheet(wb)
    const first = ok(await wb.call('sheets.submit', await submitInput(wb, key))).sheet as ScoreSheet
    expect(await wb.call('sheets.reopen', { ...key, reason: '  ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const reopened = ok(await wb.call('sheets.reopen', { ...key, reason: '校准会：1.1 评分偏低，专家同意复核' })).sheet as ScoreSheet
    expect(reopened.status).toBe('draft')
    expect(reopened.signature).toBeUndefined()
    expect(submittedVersionOf(reopened)).toBeUndefined()
    const kept = earlierVersions(reopened)
    expect(kept).toHaveLength(1)
    expect(kept[0]).toMatchObject({ submittedVersion: 1, signature: first.signature, reopened: { by: '秘书处', reason: '校准会：1.1 评分偏低，专家同意复核' } })
    // the kept content still verifies against the kept signature
    const asThen = { ...reopened, ...kept[0]!.content } as ScoreSheet
    const expert = ok(await wb.call('experts.list', {}))[0]!
    expect(verifySheetSignature(campaign.id, asThen, kept[0]!.signature!, expert.publicKey!)).toBe(true)
    // a second reopen of a draft is refused
    expect(await wb.call('sheets.reopen', { ...key, reason: '再次' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })

    ok(await wb.call('sheets.setComment', { ...key, comment: '复核后：整体较好，1.1 上调。' }))
    const second = ok(await wb.call('sheets.submit', await submitInput(wb, key))).sheet as ScoreSheet
    expect(second.signature?.submittedVersion).toBe(2)
    expect(submittedVersionOf(second)).toBe(2)
    expect(verifySheetSignature(campaign.id, second, second.signature!, expert.publicKey!)).toBe(true)
    const actions = ok(await wb.call('audit.list', { campaignId: campaign.id })).entries.map((e) => e.action)
    expect(actions.filter((a) => a === 'sheet.submit' || a === 'sheet.reopen')).toEqual(['sheet.submit', 'sheet.reopen', 'sheet.submit'])
  })

  it('a calibration revision: reopen with the new scores in one write, then signed as 第 2 版 on the spot', async () => {
    wb = await tempWorkbench()
    const { key, campaign } = await completeSheet(wb)
    ok(await wb.call('sheets.submit', await submitInput(wb, key)))
    const deps = { store: wb.store, now: () => new Date('2026-11-30T02:00:00Z') }
    const code = Object.keys((ok(await wb.call('sheets.get', key)).sheet as ScoreSheet).entries)[0]!
    const draft = await reopenStoredSheet(deps, key, { reason: '校准会：锚点讨论后复核', by: '校准会', apply: (d) => { d.entries[code] = { level: 'A' } } })
    expect(draft).toMatchObject({ status: 'draft', entries: { [code]: { level: 'A' } } })
    const c = (await wb.store.campaignShard(campaign.id)).data.campaign
    await expect(signAndSubmit(deps, c, key, '错误口令-000', () => draft)).rejects.toMatchObject({ code: 'KEY_LOCKED' })
    const signed = await signAndSubmit(deps, c, key, TEST_PASSPHRASE, () => draft)
    expect(signed.signature).toMatchObject({ submittedVersion: 2, signedAt: '2026-11-30T02:00:00.000Z' })
    expect(earlierVersions(signed)[0]).toMatchObject({ submittedVersion: 1, reopened: { by: '校准会' } })
    const audit = ok(await wb.call('audit.list', { campaignId: campaign.id })).entries
    expect(audit.find((e) => e.action === 'sheet.reopen')?.actor).toBe('校准会')
  })
})
