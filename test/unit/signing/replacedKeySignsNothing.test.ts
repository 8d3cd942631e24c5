import { afterEach, describe, expect, it } from 'vitest'
import { expertKeyFile, expertKeyRecord } from '../../../src/core/signing/keyStore'
import { createEncryptedKey } from '../../../src/core/signing/keys'
import { verifySheetSignature } from '../../../src/core/signing/sheetSignature'
import { DEMO_KDF } from '../../../src/core/demo/demoKeys'
import { ok, scoringCampaign, tempWorkbench } from '../../helpers/tempWorkspace'
import { treeHash } from '../../helpers/treeHash'

// After 更换密钥 (keys.replaceExpertKey) in a workspace that held the expert's old private key (the
// demo; a shared machine), that key signs nothing more: its file goes, keys.status says the expert's key
// is not here, and the old passphrase is refused. What it signed still verifies against keyHistory.

const OLD_PASS = '旧电脑口令-2026'
const NEW_PASS = '新电脑口令-2027'

let wb: Awaited<ReturnType<typeof tempWorkbench>> | undefined
afterEach(async () => {
  await wb?.cleanup()
  wb = undefined
})

async function scoreAll(w: NonNullable<typeof wb>, key: { campaignId: string; expertId: string; submissionId: string }) {
  const c = ok(await w.call('campaigns.get', { campaignId: key.campaignId }))
  for (const d of c.rubric.dimensions) for (const ind of d.indicators) ok(await w.call('sheets.setEntry', { ...key, indicatorCode: ind.code, level: 'B' }))
}

describe('a replaced key signs nothing more', () => {
  it('removes the old private key; the old passphrase no longer signs; old signatures still verify; the next signature is the new key’s', async () => {
    wb = await tempWorkbench()
    const { expert, campaign, key: first } = await scoringCampaign(wb)
    const second = { ...first, submissionId: ok(await wb.call('submissions.add', { campaignId: campaign.id, school: '另一技师学院', program: '模具制造', groupId: 'g3' })).id }
    const oldKey = ok(await wb.call('keys.createExpertKey', { expertId: expert.id, passphrase: OLD_PASS }))
    await scoreAll(wb, first)
    const signed = ok(await wb.call('sheets.submit', { ...first, passphrase: OLD_PASS })).sheet
    expect(signed.signature?.fingerprint).toBe(oldKey.fingerprint)

    // the expert made a new key on a new laptop; the secretary checked its fingerprint and replaces it
    const newKeyFile = createEncryptedKey(NEW_PASS, DEMO_KDF)
    const replaced = ok(await wb.call('keys.replaceExpertKey', { expertId: expert.id, publicKey: newKeyFile.publicKey, reason: '旧电脑遗失' }))
    expect(replaced).toMatchObject({ hasLocalKey: false, previousFingerprint: oldKey.fingerprint })
    expect(await wb.store.readOwnFile(expertKeyFile(expert.id))).toBeUndefined()
    const row = ok(await wb.call('keys.status', {})).experts.find((e) => e.expertId === expert.id)!
    expect(row).toMatchObject({ hasLocalKey: false, fingerprint: replaced.fingerprint, history: [expect.objectContaining({ fingerprint: oldKey.fingerprint, reason: '旧电脑遗失' })] })
    const audit = ok(await wb.call('audit.list', { campaignId: campaign.id }))
    expect(JSON.stringify(audit)).toContain('removedLocalKey')

    // the old passphrase signs nothing: refused, saying where the expert's key is, and nothing changes
    await scoreAll(wb, second)
    const before = await treeHash(wb.dir)
    const refused = await wb.call('sheets.submit', { ...second, passphrase: OLD_PASS })
    expect(refused).toMatchObject({ ok: false, error: { code: 'KEY_MISSING', message: expect.stringContaining(`签名私钥不在本工作区（已登记公钥指纹 ${replaced.fingerprint}）`) } })
    expect(await treeHash(wb.dir)).toBe(before)
    expect(ok(await wb.call('sheets.get', second)).sheet.status).toBe('draft')

    // what the old key signed still verifies, against the key the roster keeps in its history
    const e = ok(await wb.call('experts.list', {})).find((x) => x.id === expert.id)!
    expect(expertKeyRecord(e, oldKey.publicKey!)).toMatchObject({ current: false, fingerprint: oldKey.fingerprint })
    expect(verifySheetSignature(campaign.id, ok(await wb.call('sheets.get', first)).sheet, signed.signature!, oldKey.publicKey!)).toBe(true)

    // the expert brings the new key here: it, and only it, signs
    await wb.store.writeOwnFile(expertKeyFile(expert.id), JSON.stringify(newKeyFile))
    expect(ok(await wb.call('keys.status', {})).experts.find((x) => x.expertId === expert.id)!.hasLocalKey).toBe(true)
    expect(await wb.call('sheets.submit', { ...second, passphrase: OLD_PASS })).toMatchObject({ ok: false, error: { code: 'KEY_LOCKED' } })
    const next = ok(await wb.call('sheets.submit', { ...second, passphrase: NEW_PASS })).sheet
    expect(next.signature).toMatchObject({ fingerprint: replaced.fingerprint, publicKey: newKeyFile.publicKey })
    expect(verifySheetSignature(campaign.id, next, next.signature!, newKeyFile.publicKey)).toBe(true)
    expect(verifySheetSignature(campaign.id, next, next.signature!, oldKey.publicKey!)).toBe(false)
  })

  it('a key file left from a replacement made before the file was removed is not the expert’s key here', async () => {
    wb = await tempWorkbench()
    const { expert } = await scoringCampaign(wb)
    ok(await wb.call('keys.createExpertKey', { expertId: expert.id, passphrase: OLD_PASS }))
    const leftover = await wb.store.readOwnFile(expertKeyFile(expert.id))
    ok(await wb.call('keys.replaceExpertKey', { expertId: expert.id, publicKey: createEncryptedKey(NEW_PASS, DEMO_KDF).publicKey, reason: '旧电脑遗失' }))
    await wb.store.writeOwnFile(expertKeyFile(expert.id), leftover!) // as an older version left it
    expect(ok(await wb.call('keys.status', {})).experts.find((x) => x.expertId === expert.id)!.hasLocalKey).toBe(false)
  })
})
