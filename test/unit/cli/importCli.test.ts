import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { main } from '../../../src/cli/index'
import { openWorkbench } from '../../../src/core/api/openApi'
import { DEFAULT_GROUPS } from '../../../src/core/domain/groups'
import { tempDir, ok } from '../../helpers/tempWorkspace'
import { treeHash } from '../../helpers/treeHash'

let dir: string
let cleanup: () => Promise<void>
let W: string
let campaignId: string

async function run(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, (l) => out.push(l), (l) => err.push(l))
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')

beforeAll(async () => {
  ;({ dir, cleanup } = await tempDir())
  W = join(dir, 'W')
  const wb = await openWorkbench(W, { create: { name: '导入测试', groups: DEFAULT_GROUPS }, door: 'test' })
  campaignId = ok(await wb.call('campaigns.create', { name: '导入', kind: 'diagnostic' })).id
  await wb.close()
})
afterAll(async () => cleanup())

async function roster(rows: string[][]): Promise<string> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('申报汇总表')
  sheet.addRow(['序号', '申报单位', '申报专业', '专业建设协作组', '负责人', '申报日期'])
  rows.forEach((r, i) => sheet.addRow([i + 1, ...r]))
  const path = join(dir, `roster-${rows.length}.xlsx`)
  await writeFile(path, Buffer.from(await book.xlsx.writeBuffer()))
  return path
}

describe('CLI import', () => {
  it('refuses a roster with problems and writes nothing; imports the valid rows when asked', async () => {
    const file = await roster([
      ['湖南省机械工业技师学院', '工业机器人应用与维护', '机器人技术应用', '周立新', '2026-03-01'],
      ['山东省工业技师学院', '机电一体化技术', '智能机电技术应用', '孙海涛', '2026-03-02'],
      ['河南省机械高级技工学校', '数控加工', '不存在的协作组', '马晓燕', '2026-03-03'],
      ['河南省机械高级技工学校', '数控加工', '数字化设计与制造', '马晓燕', '2026-03-03'],
    ])
    const before = await treeHash(W, (r) => r === '.lock')
    const refused = await run(['import', 'roster', file, '--workspace', W, '--campaign', campaignId])
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('不存在的协作组')
    expect(refused.err).toMatch(/第 \d 行/)
    expect(refused.err).toContain('重复')
    expect(await treeHash(W, (r) => r === '.lock')).toBe(before)

    const partial = await run(['import', 'roster', file, '--workspace', W, '--campaign', campaignId, '--valid-only'])
    expect(partial.code).toBe(0)
    expect(partial.out).toContain('已导入 2 条申报')
  })

  it('imports a materials zip matched by 学校_专业 and refuses a zip-slip archive untouched', async () => {
    const zip = new JSZip()
    zip.file('湖南省机械工业技师学院_工业机器人应用与维护/申报书.pdf', PDF)
    zip.file('山东省工业技师学院_机电一体化技术/佐证材料.pdf', Buffer.concat([PDF, Buffer.from('x')]))
    const good = join(dir, 'materials.zip')
    await writeFile(good, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
    const r = await run(['import', 'materials', good, '--workspace', W, '--campaign', campaignId])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain('已导入 2 个材料文件')

    const evil = new JSZip()
    evil.file('../../escape.pdf', PDF)
    const bad = join(dir, 'evil.zip')
    await writeFile(bad, await evil.generateAsync({ type: 'nodebuffer' }))
    const before = await treeHash(W, (r) => r === '.lock')
    const refused = await run(['import', 'materials', bad, '--workspace', W, '--campaign', campaignId])
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('evil.zip')
    expect(await treeHash(W, (r) => r === '.lock')).toBe(before)

    const wb = await openWorkbench(W, { door: 'test' })
    const c = ok(await wb.call('campaigns.get', { campaignId }))
    const robot = c.submissions.find((s) => s.program === '工业机器人应用与维护')!
    expect(robot.materials.map((m) => [m.name, m.mime])).toEqual([['申报书.pdf', 'application/pdf']])
    await wb.close()
  })
})
