import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { packageReason } from '../../../src/core/intake/packages/refusal'
import { importScorePackage } from '../../../src/core/packages/importScorePackage'
import { createEncryptedKey } from '../../../src/core/signing/keys'
import { ok } from '../../helpers/tempWorkspace'
import { treeHash } from '../../helpers/treeHash'
import { exportScores, roundTrip, scoreAndSubmit, T0 } from '../packages/roundTrip'

// Issue 11 "Keys and identity": the secretariat replaces an expert's registered key with one made
// elsewhere (new laptop, lost passphrase), with a reason; audited; the old key stays in the history.

let rt: Awaited<ReturnType<typeof roundTrip>> | undefined
afterEach(async () => {
  await rt?.cleanup()
  rt = undefined
})

const LATER = new Date(T0.getTime() + 3_600_000)
/** a public key of a key pair made on "the old laptop" (never in either workspace) */
const oldLaptopKey = () => createEncryptedKey('old-laptop-2026', { N: 2 ** 14, r: 8, p: 1 }).publicKey

describe('keys.replaceExpertKey', () => {
  it('lets a score package signed with the expert’s new key in after the secretary replaced the key with a reason', async () => {
    rt = await roundTrip()
    const { sec, ex, s } = rt
    // the secretariat had registered the key of the expert's old laptop
    const old = ok(await sec.call('keys.registerExpertKey', { expertId: s.expert.id, publicKey: oldLaptopKey() }))
    await scoreAndSubmit(ex, rt.sheetKey, 'B')
    const out = join(sec.dir, '..', 'scores.wbscore')
    const w = await exportScores(ex, out)

    // refused: the package is signed with a key the roster does not name, and the message says where to go
    const before = await treeHash(sec.dir)
    const refused = await importScorePackage(sec.store, out, { label: 'scores.wbscore', now: LATER }).catch((e) => e)
    expect(packageReason(refused)).toBe('WRONG_SIGNER')
    expect(refused.message).toContain('请先在专家库中办理更换并说明理由')
    expect(await treeHash(sec.dir)).toBe(before)

    const newKey = w.manifest.signer.publicKey
    const r = ok(await sec.call('keys.replaceExpertKey', { expertId: s.expert.id, publicKey: newKey, reason: '专家更换了笔记本电脑' }))
    expect(r).toMatchObject({ fingerprint: w.manifest.signer.fingerprint, previousFingerprint: old.fingerprint, publicKey: newKey })
    expect(r.history).toEqual([expect.objectContaining({ fingerprint: old.fingerprint, reason: '专家更换了笔记本电脑' })])
    const audit = (await sec.store.audit(s.campaign.id as never).read()).filter((e) => e.action === 'key.replace')
    expect(audit).toHaveLength(1)
    expect(audit[0]!.data).toMatchObject({ expertId: s.expert.id, fingerprint: w.manifest.signer.fingerprint, previousFingerprint: old.fingerprint, reason: '专家更换了笔记本电脑' })
    expect(JSON.stringify(audit[0])).not.toContain(newKey) // fingerprints in the log, not keys

    const imported = await importScorePackage(sec.store, out, { label: 'scores.wbscore', now: LATER })
    expect(imported.outcome).toBe('applied')
    expect(ok(await sec.call('sheets.get', rt.sheetKey)).sheet.status).toBe('submitted')
  })

  it('refuses, changing nothing: no reason, a malformed key, the current key, a retired key, another expert’s key, no key yet', async () => {
    rt = await roundTrip()
    const { sec, s, other } = rt
    const expertId = s.expert.id
    const noKeyYet = await sec.call('keys.replaceExpertKey', { expertId, publicKey: oldLaptopKey(), reason: '新电脑' })
    expect(noKeyYet).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('尚未登记签名密钥') } })
    const first = oldLaptopKey()
    ok(await sec.call('keys.registerExpertKey', { expertId, publicKey: first }))
    const second = oldLaptopKey()
    ok(await sec.call('keys.replaceExpertKey', { expertId, publicKey: second, reason: '遗失口令' }))
    const otherKey = oldLaptopKey()
    ok(await sec.call('keys.registerExpertKey', { expertId: other.id, publicKey: otherKey }))

    const before = await treeHash(sec.dir)
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ publicKey: oldLaptopKey(), reason: '  ' }, 'INVALID_INPUT', '更换签名密钥必须填写理由'],
      [{ publicKey: 'abc', reason: '新电脑' }, 'INVALID_INPUT', '公钥格式不正确'],
      [{ publicKey: second, reason: '新电脑' }, 'CONFLICT', '就是专家 测试专家 当前登记的密钥'],
      [{ publicKey: first, reason: '新电脑' }, 'SIGNATURE_INVALID', '已停用的旧密钥'],
      [{ publicKey: otherKey, reason: '新电脑' }, 'SIGNATURE_INVALID', '已登记在专家 另一位专家 名下'],
    ]
    for (const [input, code, words] of cases) {
      const r = await sec.call('keys.replaceExpertKey', { expertId, ...input } as never)
      expect(r, words).toMatchObject({ ok: false, error: { code, message: expect.stringContaining(words) } })
    }
    expect(await treeHash(sec.dir)).toBe(before)
    const status = ok(await sec.call('keys.status', {})).experts.find((e) => e.expertId === expertId)!
    expect(status.history.map((h) => h.reason)).toEqual(['遗失口令'])
  })
})
