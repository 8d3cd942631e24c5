import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterEach, describe, expect, it } from 'vitest'
import { DEMO_KDF } from '../../../src/core/demo/demoKeys'
import { verificationQrPng } from '../../../src/core/reports/docx/signatureBlock'
import { createWorkspaceKey } from '../../../src/core/signing/keyStore'
import { inspectSignatureImage } from '../../../src/core/signing/signatureImage'
import { verifyFile } from '../../../src/core/signing/verifiers'
import { ok, scoringCampaign, submitInput, tempWorkbench, TEST_PASSPHRASE, scoreEveryIndicator } from '../../helpers/tempWorkspace'
import { treeHash } from '../../helpers/treeHash'
import { importScorePackage } from '../../../src/core/packages/importScorePackage'
import { exportScores, PASS, roundTrip, scoreAndSubmit, T0 } from '../packages/roundTrip'

// Issue 11 "Signed reports": the optional handwritten-signature image, drawn (a PNG data URL from the
// canvas) or imported (PNG/JPEG), checked by its bytes, stored per expert, shown in the 专家评分表's
// 平台内签署确认 block and covered by the document's signature.

/** A real JPEG (a stroke on white, 240×80, drawn on a Chromium canvas and saved with toDataURL('image/jpeg')). */
const JPEG = join(__dirname, '../../fixtures/signature/scanned-signature.jpg')
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

type Wb = Awaited<ReturnType<typeof tempWorkbench>>
let wb: Wb | undefined
afterEach(async () => {
  await wb?.cleanup()
  wb = undefined
})

async function signedSheet(w: Wb) {
  const c = await scoringCampaign(w)
  await scoreEveryIndicator(w, c.key)
  ok(await w.call('sheets.submit', await submitInput(w, c.key)))
  await createWorkspaceKey(w.store, TEST_PASSPHRASE, new Date('2026-11-29T08:00:00Z'), DEMO_KDF)
  ok(await w.call('keys.unlockWorkspace', { passphrase: TEST_PASSPHRASE }))
  return c
}

const exportSheet = async (w: Wb, key: { campaignId: string; expertId: string; submissionId: string }) =>
  new Uint8Array(Buffer.from(ok(await w.call('reports.scoreSheet', key)).base64, 'base64'))

/** The images of a .docx (word/media/*) by their SHA-256. */
async function mediaHashes(docx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx)
  const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))
  return Promise.all(media.map(async (n) => sha(await zip.file(n)!.async('uint8array'))))
}

async function upload(w: Pick<Wb, 'call'>, name: string, bytes: Uint8Array): Promise<string> {
  const { uploadId } = ok(await w.call('uploads.begin', { name, size: bytes.length }))
  ok(await w.call('uploads.chunk', { uploadId, offset: 0, base64: Buffer.from(bytes).toString('base64') }))
  return uploadId
}

describe('inspectSignatureImage', () => {
  it('reads PNG and JPEG sizes from their bytes and refuses other types, truncated files and giant sizes', async () => {
    const png = await verificationQrPng('ABCD-EFGH-JKLM-NPQR')
    expect(inspectSignatureImage(png)).toEqual({ mime: 'image/png', type: 'png', width: 240, height: 240 })
    const jpeg = new Uint8Array(await readFile(JPEG))
    expect(inspectSignatureImage(jpeg)).toEqual({ mime: 'image/jpeg', type: 'jpg', width: 240, height: 80 })

    const refusals: Array<[Uint8Array, string]> = [
      [new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), '只能是 PNG 或 JPEG'],
      [new TextEncoder().encode('GIF89a......'), '只能是 PNG 或 JPEG'],
      [png.subarray(0, png.length - 20), 'PNG 文件被截断'],
      [jpeg.subarray(0, jpeg.length - 100), 'JPEG 文件被截断'],
      [new Uint8Array(0), '空文件'],
      [new Uint8Array(1024 * 1024 + 1).fill(0x89), '不能超过 1 MB'],
    ]
    // a PNG whose header says 50,000 × 50,000
    const giant = png.slice()
    new DataView(giant.buffer).setUint32(16, 50_000)
    new DataView(giant.buffer).setUint32(20, 50_000)
    refusals.push([giant, '尺寸过大（50000×50000 像素）'])
    for (const [bytes, words] of refusals) {
      expect(() => inspectSignatureImage(bytes), words).toThrow(words)
    }
  })
})

describe('keys.setSignatureImage', () => {
  it('puts a drawn signature into the signed 专家评分表, covered by its signature; clearing takes it out; audited', async () => {
    wb = await tempWorkbench()
    const c = await signedSheet(wb)
    const before = await exportSheet(wb, c.key)
    expect(await mediaHashes(before)).toHaveLength(1) // the QR code only

    const drawn = await verificationQrPng('drawn signature stand-in')
    const row = ok(await wb.call('keys.setSignatureImage', { expertId: c.expert.id, dataUrl: `data:image/png;base64,${Buffer.from(drawn).toString('base64')}` }))
    expect(row.signatureImage).toMatchObject({ sha256: sha(drawn), mime: 'image/png', width: 240, height: 240 })
    expect(ok(await wb.call('keys.signatureImage', { expertId: c.expert.id }))).toMatchObject({ dataUrl: `data:image/png;base64,${Buffer.from(drawn).toString('base64')}`, width: 240 })

    const withImage = await exportSheet(wb, c.key)
    expect(await mediaHashes(withImage)).toContain(sha(drawn))
    const xml = await (await JSZip.loadAsync(withImage)).file('word/document.xml')!.async('string')
    expect(xml).toContain('专家签名：')
    expect((await verifyFile(withImage, 'x.docx')).ok).toBe(true)
    // the image is covered: swapping it for another picture is refused
    const zip = await JSZip.loadAsync(withImage)
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))
    const mine = (await Promise.all(media.map(async (n) => [n, sha(await zip.file(n)!.async('uint8array'))] as const))).find(([, h]) => h === sha(drawn))![0]
    zip.file(mine, await verificationQrPng('someone else'))
    const swapped = await verifyFile(await zip.generateAsync({ type: 'uint8array' }), 'x.docx')
    expect(swapped.ok).toBe(false)
    expect(swapped.problems.join()).toContain(mine)

    const audit = (await wb.store.audit(c.campaign.id as never).read()).map((e) => [e.action, e.data])
    expect(audit).toContainEqual(['signature.setImage', expect.objectContaining({ expertId: c.expert.id, sha256: sha(drawn) })])

    const cleared = ok(await wb.call('keys.clearSignatureImage', { expertId: c.expert.id }))
    expect(cleared).toMatchObject({ cleared: true, signatureImage: null })
    expect(Buffer.from(await exportSheet(wb, c.key)).equals(Buffer.from(before))).toBe(true)
    expect(ok(await wb.call('keys.signatureImage', { expertId: c.expert.id }))).toBeNull()
    expect((await wb.store.audit(c.campaign.id as never).read()).at(-1)!.action).toBe('signature.clearImage')
    expect(ok(await wb.call('keys.clearSignatureImage', { expertId: c.expert.id })).cleared).toBe(false)
  })

  it('imports a scanned JPEG by upload and shows it as a JPEG picture', async () => {
    wb = await tempWorkbench()
    const c = await signedSheet(wb)
    const jpeg = new Uint8Array(await readFile(JPEG))
    const row = ok(await wb.call('keys.setSignatureImage', { expertId: c.expert.id, uploadId: await upload(wb, '签名扫描.jpg', jpeg) }))
    expect(row.signatureImage).toMatchObject({ mime: 'image/jpeg', width: 240, height: 80 })
    const docx = await exportSheet(wb, c.key)
    expect(await mediaHashes(docx)).toContain(sha(jpeg))
    expect((await verifyFile(docx, 'x.docx')).ok).toBe(true)
  })

  it('refuses an SVG, a file named .png that is not one, and a giant picture, changing nothing; a changed image file stops the export', async () => {
    wb = await tempWorkbench()
    const c = await signedSheet(wb)
    const expertId = c.expert.id
    const beforeAll = await treeHash(wb.dir, (r) => r.startsWith('.staging'))
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')
    const refusals = [
      await wb.call('keys.setSignatureImage', { expertId, uploadId: await upload(wb, 'sig.svg', svg) }),
      await wb.call('keys.setSignatureImage', { expertId, uploadId: await upload(wb, 'sig.png', new TextEncoder().encode('not a picture')) }),
      await wb.call('keys.setSignatureImage', { expertId, dataUrl: 'data:image/svg+xml;base64,PHN2Zy8+' }),
      await wb.call('keys.setSignatureImage', { expertId, uploadId: await upload(wb, 'big.png', new Uint8Array(1024 * 1024 + 10)) }),
    ]
    for (const r of refusals) expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(refusals.map((r) => (r.ok ? '' : r.error.message))).toEqual([
      expect.stringContaining('只能是 PNG 或 JPEG'),
      expect.stringContaining('只能是 PNG 或 JPEG'),
      expect.stringContaining('格式不正确'),
      expect.stringContaining('不能超过 1 MB'),
    ])
    expect(await treeHash(wb.dir, (r) => r.startsWith('.staging'))).toBe(beforeAll)

    const png = await verificationQrPng('signature')
    const row = ok(await wb.call('keys.setSignatureImage', { expertId, dataUrl: `data:image/png;base64,${Buffer.from(png).toString('base64')}` }))
    await writeFile(join(wb.dir, 'signatures', row.signatureImage!.sha256), await verificationQrPng('changed on disk'))
    const r = await wb.call('reports.scoreSheet', c.key)
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('手写签名图片') } })
  })
})

describe('the signature image in the score package', () => {
  it('travels from the expert’s workspace to the secretariat with the signed sheets and appears in the 专家评分表 there', async () => {
    const rt = await roundTrip()
    try {
      const jpeg = new Uint8Array(await readFile(JPEG))
      ok(await rt.ex.call('keys.setSignatureImage', { expertId: rt.s.expert.id, uploadId: await upload(rt.ex, '签名.jpg', jpeg) }))
      await scoreAndSubmit(rt.ex, rt.sheetKey, 'B')
      const out = join(rt.sec.dir, '..', 'scores.wbscore')
      const w = await exportScores(rt.ex, out)
      const r = await importScorePackage(rt.sec.store, out, { label: 'scores.wbscore', now: T0, confirmFingerprint: w.manifest.signer.fingerprint })
      expect(r.outcome).toBe('applied')
      const expert = ok(await rt.sec.call('experts.list', {})).find((e) => e.id === rt.s.expert.id)!
      expect(expert.signatureImage).toMatchObject({ sha256: sha(jpeg), mime: 'image/jpeg' })
      const audit = (await rt.sec.store.audit(rt.s.campaign.id as never).read()).find((e) => e.action === 'signature.setImage')
      expect(audit?.data).toMatchObject({ via: 'scorePackage', sha256: sha(jpeg) })
      ok(await rt.sec.call('keys.unlockWorkspace', { passphrase: PASS }))
      const docx = new Uint8Array(Buffer.from(ok(await rt.sec.call('reports.scoreSheet', rt.sheetKey)).base64, 'base64'))
      expect(await mediaHashes(docx)).toContain(sha(jpeg))
      expect((await verifyFile(docx, 'x.docx')).ok).toBe(true)
    } finally {
      await rt.cleanup()
    }
  })
})
