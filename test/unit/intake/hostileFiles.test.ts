import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdir, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { importZip } from '../../../src/core/intake/materials/importZip'
import { readTableFile } from '../../../src/core/intake/roster/readRosterTable'
import { sniffKind } from '../../../src/core/intake/files/sniff'
import { buildZip, SAMPLE } from './helpers/zipBuilder'
import { makeWorkspace, type TestWorkspace } from './helpers/workspace'
import { expectRefusal } from './helpers/expectRefusal'
import { buildCompoundFile } from './helpers/compoundFile'
import { overlappingZip } from './helpers/overlapZip'

let ws: TestWorkspace
beforeEach(async () => {
  ws = await makeWorkspace()
})
afterEach(async () => {
  await ws.cleanup()
})

const MB = 1024 * 1024
const pdfOfZeros = (size: number) => Buffer.concat([SAMPLE.pdf('bomb'), Buffer.alloc(size)])

describe('the sniffer table (intake/files/sniff.ts)', () => {
  it.each([
    [SAMPLE.pdf(), 'x.xlsx', 'pdf'],
    [buildCompoundFile(['Workbook', '\u0005SummaryInformation']), 'x.xlsx', 'xls'],
    [buildCompoundFile(['Book']), 'x.bin', 'xls'],
    [buildCompoundFile(['WordDocument', '1Table']), 'x.docx', 'doc'],
    [buildCompoundFile(['PowerPoint Document']), 'x.pptx', 'ppt'],
    [buildCompoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']), 'x.xlsx', 'encryptedOffice'],
    [buildCompoundFile(['Something else']), 'x.xls', 'xls'],
    [buildCompoundFile(['Something else']), 'x.bin', 'ole'],
    [Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81]), 'a.mp4', 'webm'],
    [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('学校\t专业', 'utf16le')]), 'a.txt', 'text'],
    [Buffer.from('学校名称,专业名称\n'), 'a.xlsx', 'text'],
    [Buffer.alloc(0), 'a.xlsx', 'empty'],
    [Buffer.from([0x13, 0x00, 0x52, 0x99]), 'a.xlsx', 'unknown'],
  ])('%#: %s named %s is %s', (head, name, kind) => {
    expect(sniffKind(head, name)).toBe(kind)
  })
})

describe('the zip guard: overlapping entries and the whole-archive ratio', () => {
  const zipAt = async (name: string, bytes: Buffer) => {
    const p = join(ws.dir, name)
    await writeFile(p, bytes)
    return p
  }

  it('the 400-entry bomb of issue 7 (one compressed block, < 41 KB) is refused before anything is written', async () => {
    const bomb = overlappingZip(pdfOfZeros(MB - 64), 400)
    expect(bomb.length).toBeLessThan(41 * 1024)
    const path = await zipAt('bomb.zip', bomb)
    const before = await ws.hash()
    const t0 = performance.now()
    await expectRefusal(importZip(path, { store: ws.store }), 'ZIP_RATIO', 'bomb.zip', '压缩炸弹', '整个压缩包未导入')
    expect(performance.now() - t0).toBeLessThan(3000)
    expect(await ws.hash()).toBe(before)
  })

  it('the same bomb with the whole-archive ratio out of the way is still refused, for its overlap', async () => {
    const path = await zipAt('bomb.zip', overlappingZip(pdfOfZeros(MB - 64), 400))
    const before = await ws.hash()
    const err = await expectRefusal(importZip(path, { store: ws.store, maxArchiveRatio: Number.POSITIVE_INFINITY }), 'ZIP_OVERLAP', 'bomb.zip', '条目重叠', '整个压缩包未导入')
    expect(err.details?.entry).toMatch(/^f\d+\.pdf$/)
    expect(await ws.hash()).toBe(before)
  })

  it('three stored, incompressible entries sharing one range (no ratio rule applies): ZIP_OVERLAP', async () => {
    const data = Buffer.concat([SAMPLE.pdf('shared'), Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) & 0xff))])
    const path = await zipAt('shared.zip', overlappingZip(data, 3, { method: 0 }))
    const before = await ws.hash()
    await expectRefusal(importZip(path, { store: ws.store }), 'ZIP_OVERLAP', 'shared.zip')
    expect(await ws.hash()).toBe(before)
  })

  it('60 entries of 1 MB zeros: each is exempt from the per-entry ratio, the whole archive is not', async () => {
    const entries = Array.from({ length: 60 }, (_, i) => ({ name: `z${i}.pdf`, data: pdfOfZeros(MB - 64) }))
    const path = await zipAt('many.zip', buildZip(entries))
    const before = await ws.hash()
    await expectRefusal(importZip(path, { store: ws.store }), 'ZIP_RATIO', 'many.zip', '解压后的总大小约为压缩包的')
    expect(await ws.hash()).toBe(before)
  })

  it('an ordinary zip of PDFs still imports (the rules do not refuse what real tools write)', async () => {
    const entries = Array.from({ length: 20 }, (_, i) => ({ name: `材料/${i}.pdf`, data: SAMPLE.pdf(`file ${i}`), method: i % 2 === 0 ? 0 : 8 }))
    const plan = await importZip(await zipAt('ok.zip', buildZip(entries)), { store: ws.store })
    expect(plan.files).toHaveLength(20)
  })
})

describe('bounded work before trust: regular files only, size checked before reading', () => {
  it('/dev/zero is refused at once, without reading (it was read until memory ran out)', async () => {
    const t0 = performance.now()
    await expectRefusal(readTableFile('/dev/zero', 'zero.csv'), 'FILE_NOT_REGULAR', '「zero.csv」不是普通文件', '设备文件')
    await expectRefusal(importZip('/dev/zero', { store: ws.store }), 'FILE_NOT_REGULAR', '设备文件')
    expect(performance.now() - t0).toBeLessThan(1000)
  })

  it('a FIFO nobody writes to is refused at once, not waited on', async () => {
    const fifo = join(ws.dir, 'pipe.csv')
    execFileSync('mkfifo', [fifo])
    const t0 = performance.now()
    await expectRefusal(readTableFile(fifo, 'pipe.csv'), 'FILE_NOT_REGULAR', '命名管道')
    await expectRefusal(importZip(fifo, { store: ws.store }), 'FILE_NOT_REGULAR', '命名管道')
    expect(performance.now() - t0).toBeLessThan(1000)
  })

  it('a folder where a file is expected', async () => {
    const dir = join(ws.dir, 'folder.xlsx')
    await mkdir(dir)
    await expectRefusal(readTableFile(dir, 'folder.xlsx'), 'FILE_NOT_REGULAR', '文件夹')
  })

  it('a 30 MB roster is refused by its size before a byte is read (a sparse file: reading it would take time)', async () => {
    const big = join(ws.dir, 'big.csv')
    await writeFile(big, '')
    await truncate(big, 30 * MB)
    await expectRefusal(readTableFile(big, 'big.csv'), 'ROSTER_TOO_LARGE', 'big.csv', '20 MB')
  })
})

describe('Office files inside a materials zip that need a step by the user', () => {
  it('an encrypted .docx and an old .xls are skipped with what to do, not "type not allowed"', async () => {
    const p = join(ws.dir, 'office.zip')
    await writeFile(
      p,
      buildZip([
        { name: '申报书.docx', data: buildCompoundFile(['EncryptionInfo', 'EncryptedPackage']) },
        { name: '汇总.xls', data: buildCompoundFile(['Workbook']) },
        { name: '正文.pdf', data: SAMPLE.pdf('ok') },
      ]),
    )
    const plan = await importZip(p, { store: ws.store })
    expect(plan.files.map((f) => f.path)).toEqual(['正文.pdf'])
    expect(plan.skipped).toEqual([
      { path: '申报书.docx', reason: 'ENCRYPTED', message: expect.stringContaining('取消密码保护') },
      { path: '汇总.xls', reason: 'OLD_FORMAT', message: expect.stringContaining('旧版 Excel 表格（.xls）：旧版格式，请在 Office 或 WPS 中另存为新格式') },
    ])
  })
})
