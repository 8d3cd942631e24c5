import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterEach, describe, expect, it } from 'vitest'
import { DEMO_KDF } from '../../../src/core/demo/demoKeys'
import type { CampaignId, ExpertId } from '../../../src/core/domain/ids'
import { exportExpertPackage } from '../../../src/core/packages/exportExpertPackage'
import { SIGNATURE_PART } from '../../../src/core/signing/documentSignature'
import { createWorkspaceKey, unlockWorkspaceKey } from '../../../src/core/signing/keyStore'
import { createEncryptedKey } from '../../../src/core/signing/keys'
import { ok, scoringCampaign, submitInput, tempWorkbench, TEST_PASSPHRASE, scoreEveryIndicator } from '../../helpers/tempWorkspace'

// Issue 11 "Signed reports": the 验证文书 screen's API — documents.verify (verifiers.ts verifyFile, the
// same check as `npm run cli -- verify`) and documents.lookup (the register of issued documents).

type Wb = Awaited<ReturnType<typeof tempWorkbench>>
let wb: Wb | undefined
afterEach(async () => {
  await wb?.cleanup()
  wb = undefined
})

/** A campaign with one signed, submitted sheet, the workspace key made (demo scrypt) and unlocked. */
async function signedSheet(w: Wb) {
  const c = await scoringCampaign(w)
  ok(await w.call('assignments.change', { campaignId: c.campaign.id, submissionId: c.submission.id, add: c.expert.id, reason: '测试' }))
  await scoreEveryIndicator(w, c.key)
  const submitted = ok(await w.call('sheets.submit', await submitInput(w, c.key)))
  await createWorkspaceKey(w.store, TEST_PASSPHRASE, new Date('2026-11-29T08:00:00Z'), DEMO_KDF)
  ok(await w.call('keys.unlockWorkspace', { passphrase: TEST_PASSPHRASE }))
  const file = ok(await w.call('reports.scoreSheet', c.key))
  return { ...c, submitted, fileName: file.fileName, bytes: new Uint8Array(Buffer.from(file.base64, 'base64')) }
}

/** Sends bytes through uploads.begin/chunk, as the renderer does with a dropped file. */
async function upload(w: Wb, name: string, bytes: Uint8Array): Promise<string> {
  const { uploadId } = ok(await w.call('uploads.begin', { name, size: bytes.length }))
  ok(await w.call('uploads.chunk', { uploadId, offset: 0, base64: Buffer.from(bytes).toString('base64') }))
  return uploadId
}

async function verify(w: Wb, name: string, bytes: Uint8Array) {
  return ok(await w.call('documents.verify', { uploadId: await upload(w, name, bytes) }))
}

async function tampered(bytes: Uint8Array, change: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  await change(zip)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

describe('documents.verify', () => {
  it('says an untouched 专家评分表 is authentic: who signed, as what, with which key, when, which version', async () => {
    wb = await tempWorkbench()
    const s = await signedSheet(wb)
    const v = await verify(wb, s.fileName, s.bytes)
    const sig = s.submitted.sheet.signature!
    expect(v).toMatchObject({
      authentic: true,
      kind: '专家评分表',
      fileName: s.fileName,
      title: `专家评分表（${s.campaign.name}）`,
      signer: { name: '测试专家', role: 'expert', roleLabel: '评审专家', fingerprint: sig.fingerprint, signedAt: sig.signedAt, submittedVersion: 1 },
      workspaceFingerprint: ok(await wb.call('keys.status', {})).workspace!.fingerprint,
      thisWorkspace: true,
      reasons: [],
    })
    expect(v.verificationCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)
    expect(v.label).toContain('平台内签署确认')
    expect(v.label).toContain('并非')
  })

  it('still says authentic after the expert’s key was replaced: the old key is in the roster’s history', async () => {
    wb = await tempWorkbench()
    const s = await signedSheet(wb)
    const newKey = createEncryptedKey('new-laptop-2026', DEMO_KDF).publicKey
    ok(await wb.call('keys.replaceExpertKey', { expertId: s.expert.id, publicKey: newKey, reason: '专家更换了电脑' }))
    expect(await verify(wb, s.fileName, s.bytes)).toMatchObject({ authentic: true, thisWorkspace: true, reasons: [] })
  })

  it('refuses one edited digit in word/document.xml, naming the part, and a file whose signature part was removed', async () => {
    wb = await tempWorkbench()
    const s = await signedSheet(wb)
    const digit = await tampered(s.bytes, async (zip) => {
      const xml = await zip.file('word/document.xml')!.async('string')
      const i = xml.search(/>\d+\.\d\d</) + 1
      expect(i).toBeGreaterThan(1)
      zip.file('word/document.xml', xml.slice(0, i) + (xml[i] === '9' ? '8' : String(Number(xml[i]) + 1)) + xml.slice(i + 1))
    })
    const edited = await verify(wb, '改过的评分表.docx', digit)
    expect(edited.authentic).toBe(false)
    expect(edited.reasons.join('\n')).toContain('文档内容已被改动（word/document.xml 与签署时不一致）')
    expect(edited.signer?.name).toBe('测试专家') // who it claims to be, still shown

    const stripped = await tampered(s.bytes, async (zip) => {
      zip.remove(SIGNATURE_PART)
    })
    const none = await verify(wb, '无签署.docx', stripped)
    expect(none).toMatchObject({ authentic: false, signer: null, reasons: [expect.stringContaining('签署部分缺失或被删除')] })
  })

  it('refuses a file that is no signed document, and a document sealed by another workspace', async () => {
    wb = await tempWorkbench()
    const s = await signedSheet(wb)
    const text = await verify(wb, '说明.txt', new TextEncoder().encode('这不是文书'))
    expect(text).toMatchObject({ authentic: false, kind: '文件', reasons: [expect.stringContaining('不是工作台签署的文书')] })
    const other = await tempWorkbench()
    try {
      const v = await verify(other, s.fileName, s.bytes)
      expect(v.authentic).toBe(false)
      expect(v.thisWorkspace).toBe(false)
      expect(v.reasons.join('\n')).toContain('不是由本工作区的秘书处密钥签章的')
    } finally {
      await other.cleanup()
    }
    // the upload is consumed: the staged file is gone either way
    const again = await wb.call('documents.verify', { uploadId: 'up-0000000000000000' })
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('checks a package: an expert package signed by this secretariat is authentic; one changed byte is refused', async () => {
    wb = await tempWorkbench()
    const s = await signedSheet(wb)
    const target = join(wb.dir, '..', 'expert.wbexp')
    const key = await unlockWorkspaceKey(wb.store, TEST_PASSPHRASE)
    await exportExpertPackage(wb.store, {
      campaignId: s.campaign.id as CampaignId,
      expertId: s.expert.id as ExpertId,
      key,
      target,
      validDays: 30,
      now: new Date('2026-11-29T09:00:00Z'),
      packageId: 'pkg-verify',
    })
    const bytes = new Uint8Array(await readFile(target))
    const v = await verify(wb, '评审包.wbexp', bytes)
    expect(v).toMatchObject({
      authentic: true,
      kind: '评审包',
      title: `评审包（${s.campaign.name}）`,
      signer: { role: 'workspace', roleLabel: '秘书处', fingerprint: key.fingerprint, signedAt: '2026-11-29T09:00:00.000Z' },
      thisWorkspace: true,
      reasons: [],
    })
    // one byte of the signed manifest changed
    const zip = await JSZip.loadAsync(bytes)
    const manifest = await zip.file('manifest.json')!.async('string')
    zip.file('manifest.json', manifest.replace('"sequence":1', '"sequence":2'))
    const bad = await verify(wb, '评审包.wbexp', await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
    expect(bad.authentic).toBe(false)
    expect(bad.reasons).toHaveLength(1)
    expect(bad.reasons[0]).toContain('「评审包.wbexp」的签名验证失败')
  })
})

describe('documents.lookup', () => {
  it('finds an issued document by its code as a person types it: any case, spaces, no dashes, O for 0', async () => {
    wb = await tempWorkbench()
    const s = await signedSheet(wb)
    const code = (await verify(wb, s.fileName, s.bytes)).verificationCode!
    const found = ok(await wb.call('documents.lookup', { code }))
    expect(found).toMatchObject({
      found: true,
      document: {
        code,
        title: '专家评分表',
        campaignName: s.campaign.name,
        subject: '某技师学院 · 数控加工',
        signer: { name: '测试专家', fingerprint: s.submitted.sheet.signature!.fingerprint },
        submittedVersion: 1,
        fileName: s.fileName,
      },
    })
    const typed = [code.toLowerCase(), code.replace(/-/g, ''), ` ${code.replace(/-/g, ' ')} `, code.replace(/-/g, '—'), code.replace(/0/g, 'O'), code.replace(/-/g, '').replace(/[A-Z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))]
    for (const t of typed) expect(ok(await wb.call('documents.lookup', { code: t })), t).toMatchObject({ found: true, document: { code } })
  })

  it('says 未找到该验证码 for an unknown code, and what a code looks like for a malformed one', async () => {
    wb = await tempWorkbench()
    const unknown = ok(await wb.call('documents.lookup', { code: 'abcd efgh jkmn pqrs' }))
    expect(unknown).toMatchObject({ found: false, code: 'ABCD-EFGH-JKMN-PQRS', message: expect.stringContaining('未找到该验证码') })
    const short = ok(await wb.call('documents.lookup', { code: '12345' }))
    expect(short).toMatchObject({ found: false, message: expect.stringContaining('16 位') })
    expect(await wb.call('documents.lookup', { code: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})
