import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempWorkbench, ok, scoringCampaign } from '../../helpers/tempWorkspace'
import { expertKeyFile, expertKeyRecord, registerExpertPublicKey, unlockExpertKey, unlockWorkspaceKey, WORKSPACE_KEY_FILE } from '../../../src/core/signing/keyStore'
import { createEncryptedKey, unlockKey } from '../../../src/core/signing/keys'
import { signValue, verifyValue } from '../../../src/core/signing/signature'
import { DEMO_KDF, DEMO_PASSPHRASE } from '../../../src/core/demo/demoKeys'
import { buildDemoWorkspace } from '../../../src/core/demo/buildDemo'
import { openWorkbench } from '../../../src/core/api/openApi'
import type { ExpertId } from '../../../src/core/domain/ids'

type Wb = Awaited<ReturnType<typeof tempWorkbench>>
let wb: Wb | undefined
afterEach(async () => {
  await wb?.cleanup()
  wb = undefined
})

const PASS = '专家口令-2026'

async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const d of await readdir(dir, { withFileTypes: true, recursive: true })) if (d.isFile()) out.push(join(d.parentPath, d.name))
  return out
}

describe('key store: the workspace key and experts keys (issue 11)', () => {
  it('creates the workspace key and an expert key; the roster shows fingerprints; a second create is refused', async () => {
    wb = await tempWorkbench()
    const { expert } = await scoringCampaign(wb)
    const before = ok(await wb.call('keys.status', {}))
    expect(before.workspace).toBeNull()
    expect(before.experts[0]).toMatchObject({ expertId: expert.id, fingerprint: null, hasLocalKey: false })

    const ws = ok(await wb.call('keys.createWorkspaceKey', { passphrase: PASS }))
    expect(ws.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/)
    const ek = ok(await wb.call('keys.createExpertKey', { expertId: expert.id, passphrase: PASS }))
    expect(ek).toMatchObject({ expertId: expert.id, hasLocalKey: true, history: [] })
    expect(ek.fingerprint).not.toBe(ws.fingerprint)

    const listed = ok(await wb.call('experts.list', {}))[0]!
    expect(listed).toMatchObject({ publicKey: ek.publicKey, fingerprint: ek.fingerprint })
    const status = ok(await wb.call('keys.status', {}))
    expect(status.workspace).toEqual(ws)

    const again = await wb.call('keys.createExpertKey', { expertId: expert.id, passphrase: PASS })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await wb.call('keys.createWorkspaceKey', { passphrase: PASS })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    // the files on disk are the encrypted ones, and they unlock only with the passphrase
    const file = JSON.parse(await readFile(join(wb.dir, expertKeyFile(expert.id)), 'utf8'))
    expect(file).toMatchObject({ kind: 'encrypted-private-key', publicKey: ek.publicKey })
    expect((await unlockExpertKey(wb.store, expert.id, PASS)).fingerprint).toBe(ek.fingerprint)
    expect((await unlockWorkspaceKey(wb.store, PASS)).fingerprint).toBe(ws.fingerprint)
    await expect(unlockExpertKey(wb.store, expert.id, '不对的口令123')).rejects.toMatchObject({ code: 'KEY_LOCKED' })
    // audited in the expert's campaign
    const audit = ok(await wb.call('audit.list', { campaignId: (await wb.store.campaignIds())[0]! }))
    expect(JSON.stringify(audit)).toContain('key.create')
  })

  it('a too short passphrase is refused and writes no key', async () => {
    wb = await tempWorkbench()
    const { expert } = await scoringCampaign(wb)
    const r = await wb.call('keys.createExpertKey', { expertId: expert.id, passphrase: '12345' })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '口令至少需要 6 个字符。' } })
    expect(await wb.store.readOwnFile(expertKeyFile(expert.id))).toBeUndefined()
    expect(ok(await wb.call('experts.list', {}))[0]!.publicKey).toBeUndefined()
  })

  it('an expert without a key, or whose key lives elsewhere, cannot unlock here (KEY_MISSING)', async () => {
    wb = await tempWorkbench()
    const { expert } = await scoringCampaign(wb)
    await expect(unlockExpertKey(wb.store, expert.id, PASS)).rejects.toMatchObject({ code: 'KEY_MISSING', message: expect.stringContaining('尚未创建签名密钥') })
    const elsewhere = createEncryptedKey(PASS, DEMO_KDF)
    ok(await wb.call('keys.registerExpertKey', { expertId: expert.id, publicKey: elsewhere.publicKey }))
    await expect(unlockExpertKey(wb.store, expert.id, PASS)).rejects.toMatchObject({ code: 'KEY_MISSING', message: expect.stringContaining('不在本工作区') })
    expect(ok(await wb.call('keys.status', {})).experts[0]).toMatchObject({ hasLocalKey: false, publicKey: elsewhere.publicKey })
  })

  it('re-keying needs a reason, keeps the old key in the history and old signatures verifiable', async () => {
    wb = await tempWorkbench()
    const { expert, campaign } = await scoringCampaign(wb)
    const first = ok(await wb.call('keys.createExpertKey', { expertId: expert.id, passphrase: PASS }))
    const oldKey = await unlockExpertKey(wb.store, expert.id, PASS)
    const signedBefore = signValue(oldKey, { score: 88 })

    expect(await wb.call('keys.rekeyExpert', { expertId: expert.id, passphrase: PASS, reason: '  ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const re = ok(await wb.call('keys.rekeyExpert', { expertId: expert.id, passphrase: '新口令-2027', reason: '专家更换电脑，旧口令遗忘' }))
    expect(re.fingerprint).not.toBe(first.fingerprint)
    expect(re.previousFingerprint).toBe(first.fingerprint)
    expect(re.history).toEqual([{ fingerprint: first.fingerprint, validFrom: first.keyValidFrom, validTo: expect.any(String), reason: '专家更换电脑，旧口令遗忘' }])
    // the new key unlocks with the new passphrase only
    await expect(unlockExpertKey(wb.store, expert.id, PASS)).rejects.toMatchObject({ code: 'KEY_LOCKED' })
    expect((await unlockExpertKey(wb.store, expert.id, '新口令-2027')).fingerprint).toBe(re.fingerprint)
    // the old signature still verifies against the key the roster remembers, marked as not current
    const e = ok(await wb.call('experts.list', {}))[0]!
    const rec = expertKeyRecord(e, first.publicKey!)
    expect(rec).toMatchObject({ fingerprint: first.fingerprint, current: false })
    expect(verifyValue(first.publicKey!, { score: 88 }, signedBefore)).toBe(true)
    const audit = ok(await wb.call('audit.list', { campaignId: campaign.id }))
    expect(JSON.stringify(audit)).toContain('专家更换电脑，旧口令遗忘')
    // a retired key cannot come back through first-use registration
    await expect(registerExpertPublicKey(wb.store, { expertId: expert.id, publicKey: first.publicKey!, at: new Date() })).rejects.toMatchObject({
      code: 'SIGNATURE_INVALID',
      message: expect.stringContaining('已停用'),
    })
  })

  it('registerExpertPublicKey: first use registers, the same key again changes nothing, another or a retired key is refused', async () => {
    wb = await tempWorkbench()
    const { expert } = await scoringCampaign(wb)
    const a = createEncryptedKey(PASS, DEMO_KDF)
    const b = createEncryptedKey(PASS, DEMO_KDF)
    const at = new Date('2026-11-29T10:00:00Z')
    expect((await registerExpertPublicKey(wb.store, { expertId: expert.id, publicKey: a.publicKey, at })).registered).toBe(true)
    const ws1 = await readFile(join(wb.dir, 'workspace.json'))
    expect((await registerExpertPublicKey(wb.store, { expertId: expert.id, publicKey: a.publicKey, at })).registered).toBe(false)
    await expect(registerExpertPublicKey(wb.store, { expertId: expert.id, publicKey: b.publicKey, at })).rejects.toMatchObject({ code: 'SIGNATURE_INVALID' })
    expect(await readFile(join(wb.dir, 'workspace.json'))).toEqual(ws1)
    await expect(registerExpertPublicKey(wb.store, { expertId: 'exp-nobody' as ExpertId, publicKey: b.publicKey, at })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(registerExpertPublicKey(wb.store, { expertId: expert.id, publicKey: 'not-a-key', at })).rejects.toThrow()
  })

  it('no private key and no passphrase appears in any API output, audit log or workspace data file', async () => {
    wb = await tempWorkbench()
    const { expert, campaign } = await scoringCampaign(wb)
    ok(await wb.call('keys.createWorkspaceKey', { passphrase: PASS }))
    ok(await wb.call('keys.createExpertKey', { expertId: expert.id, passphrase: PASS }))
    const outputs: unknown[] = []
    outputs.push(ok(await wb.call('keys.rekeyExpert', { expertId: expert.id, passphrase: PASS, reason: '定期更换' })))
    outputs.push(await wb.call('keys.createExpertKey', { expertId: expert.id, passphrase: PASS }))
    outputs.push(await wb.call('keys.rekeyExpert', { expertId: expert.id, passphrase: '短', reason: '定期更换' }))
    for (const m of ['keys.status', 'experts.list', 'workspace.info'] as const) outputs.push(await wb.call(m, {}))
    outputs.push(await wb.call('audit.list', { campaignId: campaign.id }))
    outputs.push(await wb.call('campaigns.get', { campaignId: campaign.id }))

    const secrets: string[] = [PASS]
    for (const k of [await unlockExpertKey(wb.store, expert.id, PASS), await unlockWorkspaceKey(wb.store, PASS)]) {
      const jwk = k.privateKey.export({ format: 'jwk' })
      const seed = Buffer.from(jwk.d!, 'base64url')
      secrets.push(jwk.d!, seed.toString('base64').replace(/=+$/, ''), seed.toString('hex'))
      secrets.push(k.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'))
      outputs.push(k, String(k), JSON.stringify({ k }))
    }
    const text = outputs.map((o) => (typeof o === 'string' ? o : JSON.stringify(o))).join('\n')
    for (const s of secrets) expect(text).not.toContain(s)
    // every file of the workspace but the encrypted key files themselves
    for (const f of await allFiles(wb.dir)) {
      const body = await readFile(f)
      for (const s of secrets) expect(body.includes(s), `${f} holds a secret`).toBe(false)
      if (!f.includes(`${join(wb.dir, 'keys')}`)) expect(body.includes('ciphertext'), f).toBe(false)
    }
  })
})

describe('demo workspace keys', () => {
  it('has a key for the secretariat and every expert, all unlocking with the documented demo passphrase', async () => {
    wb = await tempWorkbench()
    await wb.close()
    const dir = join(wb.dir, '..', 'demo')
    await buildDemoWorkspace(dir)
    const demo = await openWorkbench(dir, { door: 'test' })
    try {
      const status = ok(await demo.call('keys.status', {}))
      expect(status.workspace?.fingerprint).toMatch(/-/)
      expect(status.experts.length).toBe(5)
      for (const e of status.experts) {
        expect(e).toMatchObject({ hasLocalKey: true, fingerprint: expect.stringMatching(/-/) })
        expect((await unlockExpertKey(demo.store, e.expertId as ExpertId, DEMO_PASSPHRASE)).publicKey).toBe(e.publicKey)
      }
      const wsFile = JSON.parse((await demo.store.readOwnFile(WORKSPACE_KEY_FILE))!.toString('utf8'))
      expect(wsFile.kdf.N).toBe(DEMO_KDF.N)
      expect(unlockKey(wsFile, DEMO_PASSPHRASE).fingerprint).toBe(status.workspace!.fingerprint)
    } finally {
      await demo.close()
    }
  }, 120_000)
})
