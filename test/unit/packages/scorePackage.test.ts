import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_KDF } from '../../../src/core/demo/demoKeys'
import type { ExpertId } from '../../../src/core/domain/ids'
import { packageReason } from '../../../src/core/intake/packages/refusal'
import { importScorePackage } from '../../../src/core/packages/importScorePackage'
import { writePackage } from '../../../src/core/packages/writePackage'
import { createEncryptedKey, unlockKey } from '../../../src/core/signing/keys'
import { registerExpertPublicKey } from '../../../src/core/signing/keyStore'
import { ok } from '../../helpers/tempWorkspace'
import { treeHash } from '../../helpers/treeHash'
import { exportScores, roundTrip, scoreAndSubmit, T0 } from './roundTrip'

let rt: Awaited<ReturnType<typeof roundTrip>>
beforeEach(async () => {
  rt = await roundTrip()
})
afterEach(async () => rt.cleanup())

const LATER = new Date(T0.getTime() + 3_600_000)

async function firstImport(path: string, label = 'scores.wbscore') {
  const info = ok(await rt.ex.call('packages.expertInfo', {}))!
  void info
  const refused = await importScorePackage(rt.sec.store, path, { label, now: LATER }).catch((e) => e)
  expect(packageReason(refused)).toBe('UNKNOWN_KEY')
  return importScorePackage(rt.sec.store, path, { label, now: LATER, confirmFingerprint: refused.details.fingerprint })
}

/** Imports `path` expecting the refusal `reason`, and the secretariat workspace byte-identical. */
async function refused(path: string, reason: string, now = LATER) {
  const before = await treeHash(rt.sec.dir)
  const e = await importScorePackage(rt.sec.store, path, { label: 'x.wbscore', now }).catch((x) => x)
  expect(packageReason(e), e.message).toBe(reason)
  expect(e.message).toMatch(/x\.wbscore/)
  expect(await treeHash(rt.sec.dir)).toBe(before)
  return e.message as string
}

async function rezip(src: string, dst: string, edit: (z: JSZip) => Promise<void>) {
  const z = await JSZip.loadAsync(await readFile(src))
  await edit(z)
  await writeFile(dst, await z.generateAsync({ type: 'nodebuffer' }))
}

describe('score package: expert → secretariat', () => {
  it('arrives with a first-use key confirmation; scores visible in the results; the same package twice changes nothing', async () => {
    await scoreAndSubmit(rt.ex, rt.sheetKey, 'B')
    const out = join(rt.sec.dir, '..', 'scores.wbscore')
    const w = await exportScores(rt.ex, out)
    expect(w.manifest.sequence).toBe(1)
    expect(w.manifest.auditHead).toMatch(/^[0-9a-f]{64}$/)

    const before = await treeHash(rt.sec.dir)
    const unknown = await importScorePackage(rt.sec.store, out, { label: 'scores.wbscore', now: LATER }).catch((e) => e)
    expect(packageReason(unknown)).toBe('UNKNOWN_KEY')
    expect(unknown.message).toContain(w.manifest.signer.fingerprint)
    expect(await treeHash(rt.sec.dir)).toBe(before)

    const r = await importScorePackage(rt.sec.store, out, { label: 'scores.wbscore', now: LATER, confirmFingerprint: w.manifest.signer.fingerprint })
    expect(r.outcome).toBe('applied')
    expect(r.registeredKey).toBe(true)
    expect(r.sheets).toEqual([{ submissionId: rt.s.submission.id, submittedVersion: 1, applied: true }])
    const sheet = ok(await rt.sec.call('sheets.get', rt.sheetKey))
    expect(sheet.sheet.status).toBe('submitted')
    const summary = ok(await rt.sec.call('results.summary', { campaignId: rt.s.campaign.id }))
    expect(JSON.stringify(summary)).toContain(rt.s.submission.id)
    const status = ok(await rt.sec.call('packages.status', { campaignId: rt.s.campaign.id }))
    const line = status.find((l) => l.expertId === rt.s.expert.id)!
    expect(line).toMatchObject({ assigned: 1, returned: 1, missing: [], lastReceived: { sequence: 1, sheets: 1, applied: 1 } })
    expect(status.find((l) => l.expertId === rt.other.id)).toMatchObject({ assigned: 1, returned: 0, lastReceived: null })
    const audit = (await rt.sec.store.audit(rt.s.campaign.id as never).read()).map((e) => e.action)
    expect(audit).toEqual(expect.arrayContaining(['key.register', 'package.sheetAdded', 'package.importScores']))

    const after = await treeHash(rt.sec.dir)
    const again = await importScorePackage(rt.sec.store, out, { label: 'scores.wbscore', now: LATER })
    expect(again.outcome).toBe('unchanged')
    expect(await treeHash(rt.sec.dir)).toBe(after)
  })

  it('the same package imported twice at once (a double click, a second window) is applied once', async () => {
    await scoreAndSubmit(rt.ex, rt.sheetKey, 'B')
    const out = join(rt.sec.dir, '..', 'twice.wbscore')
    const w = await exportScores(rt.ex, out)
    const opts = { label: 'twice.wbscore', now: LATER, confirmFingerprint: w.manifest.signer.fingerprint }
    const [a, b] = await Promise.all([importScorePackage(rt.sec.store, out, opts), importScorePackage(rt.sec.store, out, opts)])
    expect([a.outcome, b.outcome].sort()).toEqual(['applied', 'unchanged'])
    const campaign = ok(await rt.sec.call('campaigns.get', { campaignId: rt.s.campaign.id }))
    expect(campaign.packages?.received.map((p) => p.sequence)).toEqual([1])
    const audit = (await rt.sec.store.audit(rt.s.campaign.id as never).read()).map((e) => e.action)
    expect(audit.filter((x) => x === 'package.importScores')).toHaveLength(1)
    expect(audit.filter((x) => x === 'key.register')).toHaveLength(1)
  })

  it('two score-package exports at once (a double click) take sequences 1 and 2', async () => {
    await scoreAndSubmit(rt.ex, rt.sheetKey, 'B')
    const [a, b] = await Promise.all([exportScores(rt.ex, join(rt.sec.dir, '..', 'a.wbscore')), exportScores(rt.ex, join(rt.sec.dir, '..', 'b.wbscore'))])
    expect([a.manifest.sequence, b.manifest.sequence].sort()).toEqual([1, 2])
    expect(ok(await rt.ex.call('packages.expertInfo', {}))!.scoreSequence).toBe(2)
  })

  it('a newer 第 N 版 replaces an older one (audited); an older never overwrites a newer', async () => {
    await scoreAndSubmit(rt.ex, rt.sheetKey, 'B')
    const p1 = join(rt.sec.dir, '..', 's1.wbscore')
    await exportScores(rt.ex, p1)
    await firstImport(p1)
    // the expert revises (reopen → 第 2 版) and sends again
    ok(await rt.ex.call('sheets.reopen', { ...rt.sheetKey, reason: '校准会后修改' }))
    await scoreAndSubmit(rt.ex, rt.sheetKey, 'A')
    const p2 = join(rt.sec.dir, '..', 's2.wbscore')
    await exportScores(rt.ex, p2)
    const r2 = await importScorePackage(rt.sec.store, p2, { label: 's2.wbscore', now: LATER })
    expect(r2.sheets[0]).toMatchObject({ submittedVersion: 2, applied: true })
    const got = ok(await rt.sec.call('sheets.get', rt.sheetKey))
    expect(Object.values(got.sheet.entries)[0]).toMatchObject({ level: 'A' })
    const audit = (await rt.sec.store.audit(rt.s.campaign.id as never).read()).map((e) => e.action)
    expect(audit).toContain('package.sheetReplaced')
    // the older package again: already imported, so nothing changes and 第 2 版 stays
    const before = await treeHash(rt.sec.dir)
    expect((await importScorePackage(rt.sec.store, p1, { label: 's1.wbscore', now: LATER })).outcome).toBe('unchanged')
    expect(await treeHash(rt.sec.dir)).toBe(before)
    expect(Object.values(ok(await rt.sec.call('sheets.get', rt.sheetKey)).sheet.entries)[0]).toMatchObject({ level: 'A' })
  })

  it('tamper suite: each refused with its reason, the secretariat byte-identical', async () => {
    await scoreAndSubmit(rt.ex, rt.sheetKey, 'B')
    const dir = join(rt.sec.dir, '..')
    const good = join(dir, 'good.wbscore')
    const w = await exportScores(rt.ex, good)
    // register the expert's key first, as a real first import would (its own test is above)
    await registerExpertPublicKey(rt.sec.store, { expertId: rt.s.expert.id as ExpertId, publicKey: w.manifest.signer.publicKey, at: T0 })

    // 1. a changed byte (inside the signed sheet's JSON, CRCs left as they are)
    const bytes = await readFile(good)
    const i = bytes.indexOf('"level":"B"')
    const bad = Buffer.from(bytes)
    bad[i + 9] = 'C'.charCodeAt(0)
    await writeFile(join(dir, 'byte.wbscore'), bad)
    await refused(join(dir, 'byte.wbscore'), 'HASH_MISMATCH')

    // 2. a changed score inside the JSON, zip rewritten with correct CRCs: the manifest's hash refuses it
    await rezip(good, join(dir, 'score.wbscore'), async (z) => void z.file('content.json', (await z.file('content.json')!.async('string')).replace('"level":"B"', '"level":"A"')))
    await refused(join(dir, 'score.wbscore'), 'HASH_MISMATCH')

    // … and with the manifest rewritten to the new hash: the manifest signature refuses it
    await rezip(good, join(dir, 'resigned.wbscore'), async (z) => {
      const content = (await z.file('content.json')!.async('string')).replace('"level":"B"', '"level":"A"')
      const { createHash } = await import('node:crypto')
      const m = JSON.parse(await z.file('manifest.json')!.async('string'))
      m.files[0].sha256 = createHash('sha256').update(content).digest('hex')
      z.file('content.json', content)
      z.file('manifest.json', JSON.stringify(m))
    })
    await refused(join(dir, 'resigned.wbscore'), 'BAD_SIGNATURE')

    // 3. signed by another expert: the other expert's registered key signs a package claiming to be this expert's
    const otherKey = unlockKey(createEncryptedKey('另一位的口令', DEMO_KDF), '另一位的口令')
    await registerExpertPublicKey(rt.sec.store, { expertId: rt.other.id as ExpertId, publicKey: otherKey.publicKey, at: T0 })
    const z = await JSZip.loadAsync(bytes)
    const content = JSON.parse(await z.file('content.json')!.async('string'))
    const { signer: _s, files: _f, ...manifest } = JSON.parse(await z.file('manifest.json')!.async('string'))
    await writePackage(join(dir, 'other.wbscore'), { manifest: { ...manifest, sequence: 5 }, signerRole: 'expert', key: otherKey, content })
    expect(await refused(join(dir, 'other.wbscore'), 'WRONG_SIGNER')).toContain('另一位专家')

    // a key nobody registered, signing for an expert who has one: refused as well
    const stranger = unlockKey(createEncryptedKey('陌生人的口令', DEMO_KDF), '陌生人的口令')
    await writePackage(join(dir, 'stranger.wbscore'), { manifest: { ...manifest, sequence: 6 }, signerRole: 'expert', key: stranger, content })
    await refused(join(dir, 'stranger.wbscore'), 'WRONG_SIGNER')

    // 4. another campaign (validly signed by the expert)
    const ek = await (await import('../../../src/core/signing/keyStore')).unlockExpertKey(rt.ex.store, rt.s.expert.id as ExpertId, '测试口令-2026')
    await writePackage(join(dir, 'campaign.wbscore'), { manifest: { ...manifest, campaignId: 'c-elsewhere', campaignName: '别处的活动' }, signerRole: 'expert', key: ek, content: { ...content, campaignId: 'c-elsewhere' } })
    expect(await refused(join(dir, 'campaign.wbscore'), 'FOREIGN_CAMPAIGN')).toContain('别处的活动')

    // mis-addressed: meant for another secretariat's key
    await writePackage(join(dir, 'addr.wbscore'), { manifest: { ...manifest, workspaceFingerprint: '0000-0000-0000-0000' }, signerRole: 'expert', key: ek, content })
    await refused(join(dir, 'addr.wbscore'), 'MIS_ADDRESSED')

    // a sheet of a submission not assigned to this expert
    const foreignSheet = { ...content, sheets: [{ ...content.sheets[0], sheet: { ...content.sheets[0].sheet, submissionId: rt.second.id } }] }
    await writePackage(join(dir, 'assign.wbscore'), { manifest: { ...manifest, sequence: 7 }, signerRole: 'expert', key: ek, content: foreignSheet })
    await refused(join(dir, 'assign.wbscore'), 'NOT_ASSIGNED')

    // 5. expired
    expect(await refused(good, 'EXPIRED', new Date(T0.getTime() + 31 * 86_400_000))).toContain('过期')

    // 6. a zip-slip entry
    await rezip(good, join(dir, 'slip.wbscore'), async (zz) => void zz.file('../../evil.json', '{}'))
    await refused(join(dir, 'slip.wbscore'), 'ZIP_UNSAFE_PATH')

    // 7. a replayed older sequence: after sequence 2 is in, sequence 1 is refused
    const seq2 = join(dir, 'seq2.wbscore')
    await exportScores(rt.ex, seq2)
    expect((await importScorePackage(rt.sec.store, seq2, { label: 'seq2.wbscore', now: LATER })).outcome).toBe('applied')
    expect(await refused(good, 'REPLAYED')).toContain('重放')
  })
})
