import JSZip from 'jszip'
import { afterEach, describe, expect, it } from 'vitest'
import { tempWorkbench, ok, scoringCampaign, submitInput, TEST_PASSPHRASE, scoreEveryIndicator } from '../../helpers/tempWorkspace'
import { docxParagraphs } from '../../helpers/docxText'
import { verifyFile } from '../../../src/core/signing/verifiers'
import { SIGNATURE_PART } from '../../../src/core/signing/documentSignature'
import { readRegister } from '../../../src/core/api/reports/issued'

type Wb = Awaited<ReturnType<typeof tempWorkbench>>
let wb: Wb | undefined
afterEach(async () => {
  await wb?.cleanup()
  wb = undefined
})

/** A campaign with one signed, submitted sheet and the workspace key unlocked for the session. */
async function signedSheet(w: Wb) {
  const c = await scoringCampaign(w)
  await scoreEveryIndicator(w, c.key)
  ok(await w.call('sheets.setComment', { ...c.key, comment: '材料齐全，整体良好。' }))
  const submitted = ok(await w.call('sheets.submit', await submitInput(w, c.key)))
  ok(await w.call('keys.createWorkspaceKey', { passphrase: TEST_PASSPHRASE }))
  ok(await w.call('keys.unlockWorkspace', { passphrase: TEST_PASSPHRASE }))
  return { ...c, submitted }
}

async function exportSheet(w: Wb, key: { campaignId: string; expertId: string; submissionId: string }): Promise<Uint8Array> {
  const file = ok(await w.call('reports.scoreSheet', key))
  return new Uint8Array(Buffer.from(file.base64, 'base64'))
}

/** The same package with one part's text changed, or a part removed (what a tamperer would do with a zip tool). */
async function tampered(bytes: Uint8Array, change: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  await change(zip)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

describe('signed 专家评分表 (issue 11)', () => {
  it('shows 平台内签署确认 with expert, date, fingerprint, code; footer names 第1版; same sheet, same bytes', async () => {
    wb = await tempWorkbench()
    const { key, submitted } = await signedSheet(wb)
    const bytes = await exportSheet(wb, key)
    const text = (await docxParagraphs(bytes)).join('\n')
    const sig = submitted.sheet.signature!
    expect(text).toContain('平台内签署确认')
    expect(text).not.toContain('电子签名：')
    expect(text).toContain('评审专家：测试专家')
    expect(text).toContain(`密钥指纹：${sig.fingerprint}`)
    expect(text).toMatch(/签署日期：\d{4}年[1-9]\d?月[1-9]\d?日/)
    expect(text).toMatch(/验证码：[0-9A-Z]{4}(-[0-9A-Z]{4}){3}/)
    const zip = await JSZip.loadAsync(bytes)
    const footers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')))
    expect(footers.join('')).toContain('评分表第1版')
    expect(footers.join('')).not.toContain(`评分表第${submitted.sheet.version}版`)
    // a QR image in the package, and the signature part with its content type
    expect(Object.keys(zip.files).some((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toBe(true)
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain(`PartName="/${SIGNATURE_PART}"`)
    // deterministic
    expect(Buffer.from(await exportSheet(wb, key)).equals(Buffer.from(bytes))).toBe(true)
  })

  it('verify accepts the untouched file and refuses one edited digit in word/document.xml and a removed signature part', async () => {
    wb = await tempWorkbench()
    const { key } = await signedSheet(wb)
    const bytes = await exportSheet(wb, key)
    const good = await verifyFile(bytes, '评分表.docx')
    expect(good).toMatchObject({ ok: true, problems: [], signer: { name: '测试专家', submittedVersion: 1 } })
    const ws = ok(await wb.call('keys.status', {}))
    expect(good.workspaceFingerprint).toBe(ws.workspace!.fingerprint)
    const experts = ok(await wb.call('experts.list', {}))
    expect((await verifyFile(bytes, '评分表.docx', { workspacePublicKey: ws.workspace!.publicKey, experts })).ok).toBe(true)
    // another workspace's key: refused with the reason
    const foreign = await verifyFile(bytes, '评分表.docx', { workspacePublicKey: experts[0]!.publicKey!, experts })
    expect(foreign.ok).toBe(false)
    expect(foreign.problems.join()).toContain('不是由本工作区')

    const digit = await tampered(bytes, async (zip) => {
      const xml = await zip.file('word/document.xml')!.async('string')
      const at = xml.search(/>\d+\.\d\d</)
      expect(at).toBeGreaterThan(0)
      const i = at + 1
      zip.file('word/document.xml', xml.slice(0, i) + (xml[i] === '9' ? '8' : String(Number(xml[i]) + 1)) + xml.slice(i + 1))
    })
    const edited = await verifyFile(digit, '评分表.docx')
    expect(edited.ok).toBe(false)
    expect(edited.problems.join()).toContain('word/document.xml')

    const stripped = await tampered(bytes, async (zip) => {
      zip.remove(SIGNATURE_PART)
    })
    const none = await verifyFile(stripped, '评分表.docx')
    expect(none).toMatchObject({ ok: false, problems: [expect.stringContaining('签署部分缺失')] })
  })

  it('without the workspace key unlocked the file carries the expert signature but does not verify; the register lists sealed documents by code', async () => {
    wb = await tempWorkbench()
    const { key } = await signedSheet(wb)
    ok(await wb.call('keys.lockWorkspace', {}))
    const unsealed = await verifyFile(await exportSheet(wb, key), '评分表.docx')
    expect(unsealed.ok).toBe(false)
    expect(unsealed.problems.join()).toContain('未经秘书处签名密钥签章')
    expect(Object.keys((await readRegister(wb.store)).documents)).toHaveLength(0)
    ok(await wb.call('keys.unlockWorkspace', { passphrase: TEST_PASSPHRASE }))
    const sealed = await verifyFile(await exportSheet(wb, key), '评分表.docx')
    const reg = await readRegister(wb.store)
    expect(reg.documents[sealed.verificationCode!]).toMatchObject({ submissionId: key.submissionId, expertId: key.expertId, submittedVersion: 1 })
    expect(await wb.call('keys.unlockWorkspace', { passphrase: '错误的口令-1' })).toMatchObject({ ok: false, error: { code: 'KEY_LOCKED' } })
  })
})
