import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { open, readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { AttachmentStore } from '../../../src/core/intake/attachments/store'
import { MIME, sniffMime } from '../../../src/core/intake/attachments/sniffMime'
import { checkTypePolicy } from '../../../src/core/intake/attachments/policy'
import { sweepUnreferenced } from '../../../src/core/intake/attachments/sweep'
import { buildZip, SAMPLE } from './helpers/zipBuilder'
import { makeWorkspace, type TestWorkspace } from './helpers/workspace'
import { expectRefusal } from './helpers/expectRefusal'

let ws: TestWorkspace
beforeEach(async () => {
  ws = await makeWorkspace()
})
afterEach(async () => {
  await ws.cleanup()
})

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

describe('AttachmentStore', () => {
  it('stores by SHA-256, once per content, and leaves no temp files', async () => {
    const data = SAMPLE.pdf('hello')
    const a = await ws.store.put(Readable.from([data.subarray(0, 5), data.subarray(5)]))
    expect(a).toMatchObject({ sha256: sha(data), size: data.length, created: true })
    expect(a.head.equals(data)).toBe(true)
    const src = join(ws.dir, 'same.pdf')
    await writeFile(src, data)
    const b = await ws.store.put(src)
    expect(b).toMatchObject({ sha256: a.sha256, created: false })
    expect(await readFile(ws.store.path(a.sha256))).toEqual(data)
    expect(await ws.store.has(a.sha256)).toBe(true)
    expect(await readdir(ws.store.stagingDir)).toEqual([])
    expect((await ws.store.list()).sort()).toEqual([a.sha256, ws.existingSha].sort())
  })

  it('aborts past the size cap and deletes its temp file', async () => {
    const before = await ws.hash()
    const big = Readable.from([Buffer.alloc(600), Buffer.alloc(600)])
    await expectRefusal(ws.store.put(big, { maxBytes: 1000, label: '大文件.mp4' }), 'FILE_TOO_LARGE', '大文件.mp4', '大小上限')
    expect(await ws.hash()).toBe(before)
  })

  it('aborts on the signal and deletes its temp file', async () => {
    const before = await ws.hash()
    const ac = new AbortController()
    async function* chunks() {
      yield Buffer.from('a')
      ac.abort()
      yield Buffer.from('b')
    }
    await expectRefusal(ws.store.put(chunks(), { signal: ac.signal }), 'CANCELLED', '导入已取消')
    expect(await ws.hash()).toBe(before)
  })

  it('path() accepts only 64 lower-case hex digits, so no input becomes a path', () => {
    for (const bad of ['../../etc/passwd', 'A'.repeat(64), 'a'.repeat(63), `${'a'.repeat(64)}/x`, '']) {
      expect(() => ws.store.path(bad)).toThrow(/SHA-256/)
    }
    expect(ws.store.path('a'.repeat(64))).toBe(join(ws.root, 'attachments', 'a'.repeat(64)))
  })

  it('hashes a 200 MB file with flat memory (RSS grows by less than 100 MB)', async () => {
    const file = join(ws.dir, 'video.mp4')
    const fh = await open(file, 'w')
    const chunk = Buffer.alloc(1024 * 1024)
    const hash = createHash('sha256')
    for (let i = 0; i < 200; i++) {
      chunk.fill(i)
      hash.update(chunk)
      await fh.write(chunk)
    }
    await fh.close()
    const expected = hash.digest('hex')
    globalThis.gc?.()
    const base = process.memoryUsage().rss
    let peak = base
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
    const r = await ws.store.put(file, { maxBytes: 300 * 1024 * 1024 })
    clearInterval(timer)
    peak = Math.max(peak, process.memoryUsage().rss)
    const deltaMb = (peak - base) / 1024 / 1024
    console.log(`200 MB put: peak RSS delta ${deltaMb.toFixed(1)} MB`)
    expect(r.sha256).toBe(expected)
    expect(r.size).toBe(200 * 1024 * 1024)
    expect(deltaMb).toBeLessThan(100)
  }, 120_000)
})

describe('sniffMime and the type policy', () => {
  const riff = (kind: string) => Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from(kind)])
  const ftyp = (brand: string) => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftyp' + brand)])
  it.each([
    [SAMPLE.pdf(), 'a.bin', MIME.pdf],
    [SAMPLE.png(), 'a.jpg', MIME.png],
    [SAMPLE.jpeg(), 'a.png', MIME.jpeg],
    [Buffer.from('GIF89a....'), undefined, MIME.gif],
    [riff('WEBP'), undefined, MIME.webp],
    [riff('WAVE'), undefined, MIME.wav],
    [ftyp('isom'), 'a.mov', MIME.mp4],
    [ftyp('qt  '), undefined, MIME.mov],
    [Buffer.from('ID3\x04\x00'), undefined, MIME.mp3],
    [Buffer.from([0xff, 0xfb, 0x90, 0x00]), undefined, MIME.mp3],
    [buildZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]), '申报书.docx', MIME.docx],
    [buildZip([{ name: 'xl/workbook.xml', data: Buffer.from('<x/>') }]), '汇总.XLSX', MIME.xlsx],
    [buildZip([{ name: 'a.pdf', data: SAMPLE.pdf() }]), '材料.pdf', MIME.zip],
    [buildZip([{ name: 'a.pdf', data: SAMPLE.pdf() }]), '宏.docm', MIME.zip],
    [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '旧.doc', MIME.doc],
    [Buffer.from('\uFEFF<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'), 'a.png', MIME.svg],
    [Buffer.from('just text'), 'a.pdf', MIME.unknown],
  ])('%#: sniffs by content, not by the name %s', (head, name, mime) => {
    expect(sniffMime(head, name)).toBe(mime)
  })

  it('refuses SVG, archives, empty and unlisted types; allows listed ones', () => {
    expect(checkTypePolicy(MIME.svg, 10)).toMatchObject({ ok: false, reason: 'SVG' })
    expect(checkTypePolicy(MIME.zip, 10)).toMatchObject({ ok: false, reason: 'NESTED_ARCHIVE' })
    expect(checkTypePolicy(MIME.pdf, 0)).toMatchObject({ ok: false, reason: 'EMPTY_FILE' })
    expect(checkTypePolicy(MIME.unknown, 10)).toMatchObject({ ok: false, reason: 'TYPE_NOT_ALLOWED' })
    expect(checkTypePolicy(MIME.doc, 10)).toMatchObject({ ok: false, reason: 'OLD_FORMAT', message: expect.stringContaining('另存为新格式') })
    expect(checkTypePolicy(MIME.encryptedOffice, 10)).toMatchObject({ ok: false, reason: 'ENCRYPTED', message: expect.stringContaining('取消密码保护') })
    expect(checkTypePolicy(MIME.doc, 10, [MIME.doc])).toEqual({ ok: true })
    expect(checkTypePolicy(MIME.pdf, 10)).toEqual({ ok: true })
  })
})

describe('sweepUnreferenced', () => {
  it('deletes blobs nothing references and stale temp files, keeps the rest', async () => {
    const keep = await ws.store.put(Readable.from([SAMPLE.pdf('keep')]))
    const drop = await ws.store.put(Readable.from([SAMPLE.pdf('drop')]))
    const stale = join(ws.store.stagingDir, 'crashed.part')
    const fresh = join(ws.store.stagingDir, 'in-flight.part')
    await writeFile(stale, 'x')
    await writeFile(fresh, 'y')
    const old = new Date(Date.now() - 2 * 3600 * 1000)
    await utimes(stale, old, old)
    const r = await sweepUnreferenced(ws.store, [keep.sha256, ws.existingSha])
    expect(r).toEqual({ removed: [drop.sha256], staleTemps: 1 })
    expect((await ws.store.list()).sort()).toEqual([keep.sha256, ws.existingSha].sort())
    expect(await readdir(ws.store.stagingDir)).toEqual(['in-flight.part'])
  })

  it('a workspace with no attachments folder sweeps nothing', async () => {
    const empty = new AttachmentStore(join(ws.dir, 'nowhere'))
    expect(await sweepUnreferenced(empty, [])).toEqual({ removed: [], staleTemps: 0 })
  })
})
