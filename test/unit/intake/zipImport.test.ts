import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { importZip } from '../../../src/core/intake/materials/importZip'
import { MIME } from '../../../src/core/intake/attachments/sniffMime'
import { buildZip, SAMPLE, type ZipEntrySpec } from './helpers/zipBuilder'
import { makeWorkspace, type TestWorkspace } from './helpers/workspace'
import { expectRefusal } from './helpers/expectRefusal'

let ws: TestWorkspace
beforeEach(async () => {
  ws = await makeWorkspace()
})
afterEach(async () => {
  await ws.cleanup()
})

async function zipFile(name: string, entries: ZipEntrySpec[] | Buffer, opts?: { zip64Eocd?: boolean }): Promise<string> {
  const p = join(ws.dir, name)
  await writeFile(p, Buffer.isBuffer(entries) ? entries : buildZip(entries, opts))
  return p
}

/** Imports and expects a refusal, with the workspace byte-identical afterwards. */
async function refused(path: string, reason: string, parts: string[], opts: Partial<Parameters<typeof importZip>[1]> = {}) {
  const before = await ws.hash()
  const err = await expectRefusal(importZip(path, { store: ws.store, ...opts }), reason, ...parts)
  expect(await ws.hash()).toBe(before)
  return err
}

describe('importZip: a well-formed archive', () => {
  it('stores each file by content hash and lists it with its sniffed type', async () => {
    const z = await zipFile('材料.zip', [
      { name: 'S001/申报书.pdf', data: SAMPLE.pdf('a') },
      { name: 'S001/照片.png', data: SAMPLE.png(), method: 0 },
      { name: 'S001/', data: Buffer.alloc(0), mode: 0o040755 },
      { name: 'S002/副本.pdf', data: SAMPLE.pdf('a') },
    ])
    const progress: number[] = []
    const plan = await importZip(z, { store: ws.store, onProgress: (d) => progress.push(d) })
    expect(plan.files.map((f) => [f.path, f.mime])).toEqual([
      ['S001/申报书.pdf', MIME.pdf],
      ['S001/照片.png', MIME.png],
      ['S002/副本.pdf', MIME.pdf],
    ])
    expect(plan.files[0]!.sha256).toBe(plan.files[2]!.sha256) // same bytes stored once
    for (const f of plan.files) expect(await readFile(ws.store.path(f.sha256))).toHaveLength(f.size)
    expect(progress.at(-1)).toBe(plan.files.reduce((s, f) => s + f.size, 0))
  })

  it('reads a ZIP64 archive (sizes and offset in the ZIP64 extra field, ZIP64 end record)', async () => {
    const z = await zipFile('zip64.zip', [{ name: 'a.pdf', data: SAMPLE.pdf('zip64'), zip64: true }], { zip64Eocd: true })
    const plan = await importZip(z, { store: ws.store })
    expect(plan.files).toHaveLength(1)
    expect(plan.files[0]!.mime).toBe(MIME.pdf)
  })
})

describe('importZip: files stored a few at a time', () => {
  it('keeps a blob that a kept file shares with a skipped one (the same PK bytes as .docx kept, as .zip skipped)', async () => {
    const pk = buildZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }])
    const z = await zipFile('同字节.zip', [
      { name: '嵌套.zip', data: pk },
      { name: '申报书.docx', data: pk },
      { name: '说明.pdf', data: SAMPLE.pdf('x') },
    ])
    const plan = await importZip(z, { store: ws.store })
    expect(plan.skipped.map((s) => [s.path, s.reason])).toEqual([['嵌套.zip', 'NESTED_ARCHIVE']])
    expect(plan.files.map((f) => [f.path, f.mime])).toEqual([
      ['申报书.docx', MIME.docx],
      ['说明.pdf', MIME.pdf],
    ])
    expect(await readFile(ws.store.path(plan.files[0]!.sha256))).toEqual(pk)
  })

  it('removes the blob of a skipped file that no kept file shares', async () => {
    const pk = buildZip([{ name: 'a.txt', data: Buffer.from('a') }])
    const z = await zipFile('嵌套.zip', [
      { name: '嵌套.zip', data: pk },
      { name: '说明.pdf', data: SAMPLE.pdf('y') },
    ])
    const before = await ws.store.list()
    const plan = await importZip(z, { store: ws.store })
    expect(plan.skipped).toHaveLength(1)
    expect((await ws.store.list()).sort()).toEqual([...before, ...plan.files.map((f) => f.sha256)].sort())
  })
})

describe('importZip: hostile archives are refused and leave the workspace byte-identical', () => {
  it.each([
    ['../x', '../x.pdf'],
    ['a nested ..', 'S001/../../x.pdf'],
    ['an absolute path', '/etc/x.pdf'],
    ['a drive letter', 'C:\\x.pdf'],
    ['a backslash ..', '..\\x.pdf'],
    ['a bare drive', 'C:x.pdf'],
  ])('zip-slip: %s', async (_label, name) => {
    const z = await zipFile('slip.zip', [
      { name: 'ok.pdf', data: SAMPLE.pdf('ok') },
      { name, data: SAMPLE.pdf('evil') },
    ])
    await refused(z, 'ZIP_UNSAFE_PATH', ['slip.zip', '路径不安全', '整个压缩包未导入'])
  })

  it('an empty zip: "压缩包中没有文件"', async () => {
    await refused(await zipFile('empty.zip', []), 'ZIP_EMPTY', ['empty.zip', '压缩包中没有文件'])
  })

  it('a zip of folders only counts as empty', async () => {
    await refused(await zipFile('dirs.zip', [{ name: 'a/', mode: 0o040755 }, { name: 'a/b/' }]), 'ZIP_EMPTY', ['压缩包中没有文件'])
  })

  it('a truncated zip', async () => {
    const full = buildZip([{ name: 'a.pdf', data: SAMPLE.pdf('a') }, { name: 'b.pdf', data: SAMPLE.pdf('b') }])
    await refused(await zipFile('cut.zip', full.subarray(0, full.length - 30)), 'ZIP_CORRUPT', ['cut.zip', '已损坏'])
  })

  it('a file that is not a zip at all', async () => {
    await refused(await zipFile('fake.zip', Buffer.from('%PDF-1.7 this is a pdf, not a zip')), 'FILE_WRONG_TYPE', ['「fake.zip」实际是 PDF 文件，不是有效的 zip 压缩包'])
    await refused(await zipFile('noise.zip', Buffer.from([0x13, 0x00, 0x37, 0x99, 0x01, 0x02, 0x03])), 'ZIP_CORRUPT', ['noise.zip', '不是有效的 zip'])
  })

  it('an encrypted entry (general purpose bit 0)', async () => {
    const z = await zipFile('secret.zip', [{ name: '保密.pdf', data: SAMPLE.pdf(), flags: 0x1 }])
    await refused(z, 'ZIP_ENCRYPTED', ['secret.zip', '保密.pdf', '设有密码'])
  })

  it('a deflate bomb: 50 MB of zeros is refused by its ratio before inflating', async () => {
    const zeros = Buffer.alloc(50 * 1024 * 1024)
    const z = await zipFile('bomb.zip', [{ name: 'zeros.pdf', data: zeros }])
    const t0 = performance.now()
    const err = await refused(z, 'ZIP_RATIO', ['bomb.zip', 'zeros.pdf', '压缩比异常'])
    expect(performance.now() - t0).toBeLessThan(2000)
    expect(err.details?.entry).toBe('zeros.pdf')
  })

  it('100,000 tiny entries: refused by the entry cap from the end record alone', async () => {
    const entries: ZipEntrySpec[] = []
    for (let i = 0; i < 100_000; i++) entries.push({ name: `f${i}.pdf`, data: Buffer.from('x'), method: 0 })
    const z = await zipFile('many.zip', entries)
    const t0 = performance.now()
    await refused(z, 'ZIP_TOO_MANY_ENTRIES', ['many.zip', '100000', '10000'])
    expect(performance.now() - t0).toBeLessThan(2000)
  })

  it('a header that lies about its size (declares 1 KB, inflates to 5 MB): refused, blobs already stored removed', async () => {
    const big = Buffer.concat([SAMPLE.pdf('liar'), Buffer.alloc(5 * 1024 * 1024, 0x20)])
    const z = await zipFile('liar.zip', [
      { name: 'first.pdf', data: SAMPLE.pdf('stored first') },
      { name: 'liar.pdf', data: big, declaredSize: 1024 },
    ])
    await refused(z, 'ZIP_SIZE_MISMATCH', ['liar.zip', 'liar.pdf', '声明的大小不符'])
  })

  it('a stored entry whose two sizes disagree', async () => {
    const z = await zipFile('stored.zip', [{ name: 'a.pdf', data: SAMPLE.pdf(), method: 0, declaredSize: 5 }])
    await refused(z, 'ZIP_SIZE_MISMATCH', ['stored.zip', '声明的大小不符'])
  })

  it('corrupt data (CRC-32 mismatch) in the second entry: refused, the first blob removed', async () => {
    const z = await zipFile('crc.zip', [
      { name: 'good.pdf', data: SAMPLE.pdf('good') },
      { name: 'bad.pdf', data: SAMPLE.pdf('bad'), crc: 0x12345678 },
    ])
    await refused(z, 'ZIP_CORRUPT', ['crc.zip', 'bad.pdf', '已损坏'])
  })

  it('an entry over the per-file cap, and a total over the total cap', async () => {
    const data = Buffer.concat([SAMPLE.pdf(), Buffer.alloc(2000, 0x41)])
    await refused(await zipFile('one.zip', [{ name: 'big.pdf', data, method: 0 }]), 'ZIP_ENTRY_TOO_LARGE', ['big.pdf', '单个文件上限'], { maxFileBytes: 1000 })
    await refused(
      await zipFile('total.zip', [
        { name: 'a.pdf', data, method: 0 },
        { name: 'b.pdf', data, method: 0 },
      ]),
      'ZIP_TOO_LARGE',
      ['total.zip', '总大小超过上限'],
      { maxTotalBytes: 3000 },
    )
  })

  it('an unsupported compression method', async () => {
    await refused(await zipFile('bz.zip', [{ name: 'a.pdf', data: SAMPLE.pdf(), method: 12 }]), 'ZIP_UNSUPPORTED_METHOD', ['bz.zip', '不支持的压缩方式'])
  })

  it('cancelled after the first file: CANCELLED, everything added removed', async () => {
    const z = await zipFile('cancel.zip', [
      { name: 'a.pdf', data: SAMPLE.pdf('a') },
      { name: 'b.pdf', data: SAMPLE.pdf('b') },
      { name: 'c.pdf', data: SAMPLE.pdf('c') },
    ])
    const ac = new AbortController()
    let calls = 0
    await refused(z, 'CANCELLED', ['导入已取消'], { signal: ac.signal, onProgress: () => ++calls === 2 && ac.abort() })
  })

  it('a refused import does not even create attachments/ when it was missing', async () => {
    await ws.cleanup()
    ws = await makeWorkspace({ withStore: false })
    const z = await zipFile('liar.zip', [
      { name: 'first.pdf', data: SAMPLE.pdf('first') },
      { name: 'liar.pdf', data: Buffer.alloc(300_000, 0x20), declaredSize: 10 },
    ])
    await refused(z, 'ZIP_SIZE_MISMATCH', ['liar.pdf'])
    await expect(stat(join(ws.root, 'attachments'))).rejects.toThrow()
  })
})

describe('importZip: entries that are skipped and listed', () => {
  it('symlinks, devices, nested archives, system files, SVG, unknown types and empty files', async () => {
    const z = await zipFile('mixed.zip', [
      { name: 'ok.pdf', data: SAMPLE.pdf('ok') },
      { name: 'link-to-etc', data: Buffer.from('/etc/passwd'), mode: 0o120777, method: 0 },
      { name: 'dev', data: Buffer.alloc(0), mode: 0o020644, method: 0 },
      { name: 'inner.zip', data: buildZip([{ name: 'x.pdf', data: SAMPLE.pdf() }]) },
      { name: 'renamed-zip.pdf', data: buildZip([{ name: 'x.pdf', data: SAMPLE.pdf() }]) },
      { name: '__MACOSX/._ok.pdf', data: Buffer.from('mac') },
      { name: 'logo.svg', data: Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') },
      { name: 'notes.txt', data: Buffer.from('plain text') },
      { name: 'empty.pdf', data: Buffer.alloc(0) },
    ])
    const plan = await importZip(z, { store: ws.store })
    expect(plan.files.map((f) => f.path)).toEqual(['ok.pdf'])
    expect(Object.fromEntries(plan.skipped.map((s) => [s.path, s.reason]))).toEqual({
      'link-to-etc': 'SYMLINK',
      dev: 'SPECIAL_FILE',
      'inner.zip': 'NESTED_ARCHIVE',
      'renamed-zip.pdf': 'NESTED_ARCHIVE',
      '__MACOSX/._ok.pdf': 'SYSTEM_FILE',
      'logo.svg': 'SVG',
      'notes.txt': 'TYPE_NOT_ALLOWED',
      'empty.pdf': 'EMPTY_FILE',
    })
    for (const s of plan.skipped) expect(s.message).toMatch(/跳过/)
    // skipped files that had to be inflated to be sniffed are not left in the store
    expect((await ws.store.list()).sort()).toEqual([ws.existingSha, plan.files[0]!.sha256].sort())
  })

  it('a zip holding only a symlink or only a nested zip is refused as having nothing to import', async () => {
    await refused(await zipFile('link.zip', [{ name: 'l', data: Buffer.from('/etc'), mode: 0o120777, method: 0 }]), 'ZIP_NOTHING_IMPORTABLE', ['没有可导入的文件'])
    await refused(await zipFile('nested.zip', [{ name: 'in.zip', data: buildZip([{ name: 'x.pdf', data: SAMPLE.pdf() }]) }]), 'ZIP_NOTHING_IMPORTABLE', ['nested.zip', '没有可导入的文件'])
    const err = await refused(await zipFile('svg.zip', [{ name: 'a.svg', data: Buffer.from('<svg></svg>') }]), 'ZIP_NOTHING_IMPORTABLE', ['没有可导入的文件'])
    expect((err.details?.skipped as Array<{ reason: string }>)[0]!.reason).toBe('SVG')
  })

  it('the allow-list is per campaign: text files refused by default, accepted when not sniffable only if listed', async () => {
    const z = await zipFile('img.zip', [{ name: 'a.jpg', data: SAMPLE.jpeg() }, { name: 'b.pdf', data: SAMPLE.pdf() }])
    const plan = await importZip(z, { store: ws.store, allowedMimes: [MIME.pdf] })
    expect(plan.files.map((f) => f.path)).toEqual(['b.pdf'])
    expect(plan.skipped).toEqual([{ path: 'a.jpg', reason: 'TYPE_NOT_ALLOWED', message: expect.stringContaining('JPEG') }])
  })
})
