import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { importZip } from '../../../src/core/intake/materials/importZip'
import { MAX_DISPLAY_NAME, sanitizeDisplayName } from '../../../src/core/intake/materials/displayName'
import { MaterialSchema } from '../../../src/core/domain/workspace'
import { buildZip, SAMPLE } from './helpers/zipBuilder'
import { makeWorkspace, type TestWorkspace } from './helpers/workspace'
import { encodeGb18030 } from './helpers/sheets'

let ws: TestWorkspace
beforeEach(async () => {
  ws = await makeWorkspace()
})
afterEach(async () => {
  await ws.cleanup()
})

const RLO = '\u202E'
const long = '很长的文件名'.repeat(60) + '.pdf' // 364 characters

describe('display names from an archive (docs/design/hostile-inputs.md case 3)', () => {
  it('imports every hostile name with a sanitised display name; nothing is used as a path', async () => {
    const names = [
      'CON.pdf',
      'NUL',
      'COM1.pdf',
      '报告.pdf.',
      '报告2.pdf ',
      long,
      `invoice${RLO}fdp.exe`,
      'Report.PDF',
      'report.pdf',
      '申报书（终稿）.pdf',
      '🎓毕业设计👩‍🔧.pdf',
      'tab\tand\u0007bell.pdf',
      'e\u0301cole.pdf', // e + combining acute: NFC makes it é
    ]
    const z = join(ws.dir, 'names.zip')
    await writeFile(z, buildZip(names.map((name, i) => ({ name, data: SAMPLE.pdf(String(i)), flags: 0x800 }))))
    const plan = await importZip(z, { store: ws.store })
    const got = plan.files.map((f) => f.name)
    expect(got).toHaveLength(names.length)
    expect(got.slice(0, 5)).toEqual(['CON.pdf', 'NUL', 'COM1.pdf', '报告.pdf', '报告2.pdf'])
    expect(got[5]!.length).toBeLessThanOrEqual(MAX_DISPLAY_NAME)
    expect(got[5]!.endsWith('….pdf')).toBe(true)
    expect(got[6]).toBe('invoicefdp.exe') // the override is gone, so the name reads as it really is
    expect(got.slice(7, 9)).toEqual(['Report.PDF', 'report.pdf']) // case-only duplicates: both kept
    expect(new Set(plan.files.slice(7, 9).map((f) => f.sha256)).size).toBe(2)
    expect(got.slice(9, 11)).toEqual(['申报书（终稿）.pdf', '🎓毕业设计👩‍🔧.pdf'])
    expect(got[11]).toBe('tabandbell.pdf')
    expect(got[12]).toBe('\u00e9cole.pdf')
    // every planned file fits the Material schema the lead will write
    for (const f of plan.files) expect(() => MaterialSchema.parse({ ...f, addedAt: 'now' })).not.toThrow()
    // changed names are reported, unchanged ones are not
    const changed = new Set(plan.problems.map((p) => p.path))
    expect(changed.has('CON.pdf')).toBe(false)
    expect(changed.has('invoicefdp.exe')).toBe(true)
  })

  it('caps by UTF-16 length without splitting an emoji, keeps the extension, never returns empty', () => {
    const emoji = '👩‍🔧'.repeat(100) + '.pdf'
    const r = sanitizeDisplayName(emoji)
    expect(r.name.length).toBeLessThanOrEqual(MAX_DISPLAY_NAME)
    expect(r.name.endsWith('….pdf')).toBe(true)
    expect(r.name.replace('….pdf', '').split('👩‍🔧').every((s) => s === '')).toBe(true)
    expect(sanitizeDisplayName(' ..  ').name).toBe('未命名')
    expect(sanitizeDisplayName(`\u2066\u200F${RLO}`).name).toBe('未命名')
    expect(sanitizeDisplayName('a.pdf').changed).toBe(false)
  })

  it('reads legacy CP437 names (no UTF-8 flag) without failing', async () => {
    const z = join(ws.dir, 'cp437.zip')
    await writeFile(z, buildZip([{ name: Buffer.from([0x82, 0x2e, 0x70, 0x64, 0x66]), data: SAMPLE.pdf() }]))
    const plan = await importZip(z, { store: ws.store })
    expect(plan.files[0]!.name).toBe('é.pdf')
  })

  it('reads GBK names written without the UTF-8 flag (Windows Explorer, WinRAR on Chinese Windows)', async () => {
    const z = join(ws.dir, 'gbk.zip')
    const gbkTrail5C = Buffer.from([0x81, 0x5c]) // a GBK character whose second byte is "\\"
    await writeFile(
      z,
      buildZip([
        { name: Buffer.concat([encodeGb18030('第一技师学院_数控加工/申报书'), Buffer.from('.pdf')]), data: SAMPLE.pdf('1') },
        { name: Buffer.concat([gbkTrail5C, Buffer.from('.pdf')]), data: SAMPLE.pdf('2') },
      ]),
    )
    const plan = await importZip(z, { store: ws.store })
    expect(plan.files.map((f) => f.path)).toEqual(['第一技师学院_数控加工/申报书.pdf', `${new TextDecoder('gb18030').decode(gbkTrail5C)}.pdf`])
  })
})
